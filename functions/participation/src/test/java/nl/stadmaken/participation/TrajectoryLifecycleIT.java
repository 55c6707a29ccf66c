package nl.stadmaken.participation;

import static nl.stadmaken.participation.ParticipationFixture.completeTrajectory;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class TrajectoryLifecycleIT {

    private final HandlerClient client;

    TrajectoryLifecycleIT(TestTables tables) {
        this.client = ParticipationFixture.client(tables);
    }

    @Test
    void draftIsInvisibleToResidentsUntilPublished() {
        var created = client.post("/staff/trajectories", "{\"id\": \"bomen-zuid\", \"title\": \"Bomen in Zuid\"}", STAFF);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("draft");
        assertThat(client.get("/trajectories/bomen-zuid", RESIDENT).status()).isEqualTo(404);
        assertThat(client.get("/staff/trajectories/bomen-zuid", STAFF).status()).isEqualTo(200);
    }

    @Test
    void publishingAnIncompleteAgreementNamesEveryMissingPart() {
        client.post("/staff/trajectories", "{\"id\": \"half-af\", \"title\": \"Half af\", \"agreement\": {\"subject\": \"Iets\"}}", STAFF);

        var refused = client.post("/staff/trajectories/half-af/publish", null, STAFF);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:agreement-incomplete");
        assertThat(fields(refused.json())).contains("agreement.decision", "agreement.decidedBy", "agreement.level",
                "agreement.openToInfluence", "agreement.fixed", "agreement.signUpOpens", "agreement.signUpCloses",
                "agreement.decisionDate", "agreement.feedbackDate", "agreement.feedbackMethod", "agreement.contactName",
                "agreement.contactEmail").doesNotContain("agreement.subject");
        assertThat(client.get("/staff/trajectories/half-af", STAFF).json().path("status").asText()).isEqualTo("draft");
    }

    @Test
    void completedDraftPublishesAndIsListedByWijk() {
        client.post("/staff/trajectories", "{\"id\": \"speelplek\", \"title\": \"Concept\"}", STAFF);
        var replaced = client.put("/staff/trajectories/speelplek", completeTrajectory("speelplek", 20), STAFF);
        assertThat(replaced.status()).isEqualTo(200);

        var published = client.post("/staff/trajectories/speelplek/publish", null, STAFF);

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("status").asText()).isEqualTo("published");
        var inWijk = client.get("/trajectories?wijk=WK039201", RESIDENT).json().path("trajectories");
        assertThat(ids(inWijk)).contains("speelplek");
        var elsewhere = client.get("/trajectories?wijk=WK039202", RESIDENT).json().path("trajectories");
        assertThat(ids(elsewhere)).doesNotContain("speelplek");
        var resident = client.get("/trajectories/speelplek", RESIDENT).json();
        assertThat(resident.path("agreement").path("level").asText()).isEqualTo("adviseren");
        assertThat(resident.path("placesLeft").asInt()).isEqualTo(20);
        assertThat(resident.has("counts")).isFalse();
    }

    @Test
    void publishedAgreementCannotBeRewritten() {
        ParticipationFixture.publishedTrajectory(client, "vaststaand", null);

        var refused = client.put("/staff/trajectories/vaststaand", completeTrajectory("vaststaand", 5), STAFF);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(client.get("/staff/trajectories/vaststaand", STAFF).json().has("capacity")).isFalse();
    }

    @Test
    void closedTrajectoryRefusesSignUps() {
        ParticipationFixture.publishedTrajectory(client, "gesloten", null);

        assertThat(client.post("/staff/trajectories/gesloten/close", null, STAFF).json().path("status").asText()).isEqualTo("closed");
        var refused = client.post("/trajectories/gesloten/signups", ParticipationFixture.signUp("Anna", "anna@example.nl"), RESIDENT);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:signups-closed");
    }

    @Test
    void takenIdIsAConflictAndKeepsTheFirst() {
        client.post("/staff/trajectories", "{\"id\": \"dubbel\", \"title\": \"Eerste\"}", STAFF);

        var second = client.post("/staff/trajectories", "{\"id\": \"dubbel\", \"title\": \"Tweede\"}", STAFF);

        assertThat(second.status()).isEqualTo(409);
        assertThat(client.get("/staff/trajectories/dubbel", STAFF).json().path("title").asText()).isEqualTo("Eerste");
    }

    @Test
    void staffRoutesRefuseResidents() {
        assertThat(client.post("/staff/trajectories", "{\"title\": \"Stiekem\"}", RESIDENT).status()).isEqualTo(401);
        assertThat(client.get("/staff/trajectories", java.util.Map.of("sub", "x", "cognito:groups", "[raad]")).status())
                .isEqualTo(403);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static List<String> ids(JsonNode trajectories) {
        List<String> ids = new ArrayList<>();
        trajectories.forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }
}
