package nl.stadmaken.participation;

import static nl.stadmaken.participation.ParticipationFixture.publishedTrajectory;
import static nl.stadmaken.participation.ParticipationFixture.signUp;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class IdempotencyIT {

    private final TestTables tables;
    private final HandlerClient client;

    IdempotencyIT(TestTables tables) {
        this.tables = tables;
        this.client = ParticipationFixture.client(tables);
    }

    @Test
    void retryWithTheSameKeyReplaysTheFirstAnswerAndWritesOnce() {
        publishedTrajectory(client, "opnieuw-proberen", null);
        Map<String, String> key = Map.of("Idempotency-Key", "c0ffee-1");
        String body = signUp("Ria", "ria@example.nl");

        var first = client.call("POST", "/trajectories/opnieuw-proberen/signups", body, key, RESIDENT);
        var retry = client.call("POST", "/trajectories/opnieuw-proberen/signups", body, key, RESIDENT);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(client.get("/staff/trajectories/opnieuw-proberen/signups", STAFF).json().path("signUps")).hasSize(1);
        String token = first.json().path("withdrawalToken").asText();
        assertThat(allItems()).as("the stored response is sealed").noneMatch(item -> item.toString().contains(token));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        publishedTrajectory(client, "ander-verzoek", null);
        Map<String, String> key = Map.of("Idempotency-Key", "c0ffee-2");
        client.call("POST", "/trajectories/ander-verzoek/signups", signUp("Ria", "ria@example.nl"), key, RESIDENT);

        var other = client.call("POST", "/trajectories/ander-verzoek/signups", signUp("Rob", "rob@example.nl"), key, RESIDENT);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:idempotency-key-reused");
        assertThat(client.get("/staff/trajectories/ander-verzoek/signups", STAFF).json().path("signUps")).hasSize(1);
    }

    @Test
    void duplicateWhileTheFirstIsStillRunningIsAConflict() {
        publishedTrajectory(client, "gelijktijdig", null);
        String body = signUp("Ria", "ria@example.nl");
        String routeKey = "POST /trajectories/{id}/signups";
        long later = ParticipationFixture.NOW.getEpochSecond() + 30;
        // The first request has claimed the key and not finished yet.
        tables.client().putItem(put -> put.tableName(tables.name("ParticipationTable")).item(Map.of(
                "pk", AttributeValue.fromS("IDEMPOTENCY#" + routeKey + "#c0ffee-3"),
                "sk", AttributeValue.fromS("IDEMPOTENCY"),
                "state", AttributeValue.fromS("IN_PROGRESS"),
                "requestHash", AttributeValue.fromS(sha256("POST /trajectories/gelijktijdig/signups\n" + body)),
                "lockedUntil", AttributeValue.fromN(Long.toString(later)),
                "expiresAt", AttributeValue.fromN(Long.toString(later + 86_400)))));

        var duplicate = client.call("POST", "/trajectories/gelijktijdig/signups", body, Map.of("Idempotency-Key", "c0ffee-3"), RESIDENT);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:idempotency-in-progress");
        assertThat(client.get("/staff/trajectories/gelijktijdig/signups", STAFF).json().path("signUps")).isEmpty();
    }

    private java.util.List<Map<String, AttributeValue>> allItems() {
        return tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).items();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
