package nl.stadmaken.participation;

import static nl.stadmaken.participation.ParticipationFixture.publishedTrajectory;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Staff record that a trajectory's participants got their feedback; the record is kept once and seen by the indicators. */
@ExtendWith(DynamoDbExtension.class)
class FeedbackIT {

    private final TestTables tables;
    private final HandlerClient client;

    FeedbackIT(TestTables tables) {
        this.tables = tables;
        this.client = ParticipationFixture.client(tables);
    }

    @Test
    void recordedFeedbackIsShownToStaffAndResidents() {
        publishedTrajectory(client, "teruggekoppeld", null);

        var recorded = client.post("/staff/trajectories/teruggekoppeld/feedback",
                "{\"givenOn\": \"2027-03-01\", \"note\": \"https://www.haarlem.nl/terugkoppeling\"}", STAFF);

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().path("feedback").path("givenOn").asText()).isEqualTo("2027-03-01");
        JsonNode resident = client.get("/trajectories/teruggekoppeld", RESIDENT).json().path("feedback");
        assertThat(resident.path("givenOn").asText()).isEqualTo("2027-03-01");
        assertThat(resident.path("note").asText()).isEqualTo("https://www.haarlem.nl/terugkoppeling");
    }

    @Test
    void theSameRecordAgainAnswersTheSameAndAnotherIsAConflict() {
        publishedTrajectory(client, "eenmaal", null);
        String body = "{\"givenOn\": \"2027-03-01\"}";
        var first = client.post("/staff/trajectories/eenmaal/feedback", body, STAFF);

        var again = client.post("/staff/trajectories/eenmaal/feedback", body, STAFF);
        var other = client.post("/staff/trajectories/eenmaal/feedback", "{\"givenOn\": \"2027-03-01\", \"note\": \"later\"}", STAFF);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("feedback")).isEqualTo(first.json().path("feedback"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:feedback-recorded");
        assertThat(client.get("/staff/trajectories/eenmaal", STAFF).json().path("feedback").has("note")).isFalse();
    }

    @Test
    void retryWithTheSameKeyReplaysTheAnswer() {
        publishedTrajectory(client, "opnieuw", null);
        Map<String, String> key = Map.of("Idempotency-Key", "feedback-1");

        var first = client.call("POST", "/staff/trajectories/opnieuw/feedback", "{\"givenOn\": \"2027-03-01\"}", key, STAFF);
        var retry = client.call("POST", "/staff/trajectories/opnieuw/feedback", "{\"givenOn\": \"2027-03-01\"}", key, STAFF);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers()).containsEntry("idempotent-replayed", "true");
    }

    @Test
    void aDraftHasNoFeedbackYetAndAnUnknownTrajectoryIsNotFound() {
        client.post("/staff/trajectories", "{\"id\": \"nog-concept\", \"title\": \"Nog een concept\"}", STAFF);

        var draft = client.post("/staff/trajectories/nog-concept/feedback", "{\"givenOn\": \"2027-03-01\"}", STAFF);
        var unknown = client.post("/staff/trajectories/bestaat-niet/feedback", "{\"givenOn\": \"2027-03-01\"}", STAFF);

        assertThat(draft.status()).isEqualTo(409);
        assertThat(draft.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:not-published");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void feedbackIsGivenBetweenPublicationAndToday() {
        publishedTrajectory(client, "tijdlijn", null);

        var future = client.post("/staff/trajectories/tijdlijn/feedback", "{\"givenOn\": \"2027-03-02\"}", STAFF);
        var early = client.post("/staff/trajectories/tijdlijn/feedback", "{\"givenOn\": \"2027-02-28\"}", STAFF);
        var missing = client.post("/staff/trajectories/tijdlijn/feedback", "{\"note\": \"zonder datum\"}", STAFF);

        assertThat(List.of(future.status(), early.status(), missing.status())).containsOnly(422);
        assertThat(fields(future.json())).containsExactly("givenOn");
        assertThat(future.json().path("detail").asText()).contains("after today");
        assertThat(early.json().path("detail").asText()).contains("before the trajectory was published");
        assertThat(fields(missing.json())).containsExactly("givenOn");
        assertThat(client.get("/staff/trajectories/tijdlijn", STAFF).json().has("feedback")).isFalse();
    }

    @Test
    void recordingStampsTheTrajectoryInTheChangesIndex() {
        publishedTrajectory(client, "gestempeld", null);

        String recordedAt = client.post("/staff/trajectories/gestempeld/feedback", "{\"givenOn\": \"2027-03-01\"}", STAFF)
                .json().path("feedback").path("recordedAt").asText();

        Map<String, AttributeValue> item = tables.client().getItem(get -> get.tableName(tables.name("ParticipationTable"))
                .key(Map.of("pk", AttributeValue.fromS("TRAJ#gestempeld"), "sk", AttributeValue.fromS("TRAJECTORY")))).item();
        assertThat(item.get("chgAt").s()).startsWith(recordedAt.substring(0, 19)).endsWith("#TRAJ#gestempeld#TRAJECTORY");
        assertThat(item.get("feedback").m().get("givenOn").s()).isEqualTo("2027-03-01");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
