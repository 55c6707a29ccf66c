package nl.stadmaken.participation;

import static nl.stadmaken.participation.ParticipationFixture.publishedTrajectory;
import static nl.stadmaken.participation.ParticipationFixture.signUp;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class SignUpIT {

    private final TestTables tables;
    private final HandlerClient client;

    SignUpIT(TestTables tables) {
        this.tables = tables;
        this.client = ParticipationFixture.client(tables);
    }

    @Test
    void signUpIsConfirmedAndReturnsAWithdrawalTokenOnce() {
        publishedTrajectory(client, "eerste", 10);

        var response = client.post("/trajectories/eerste/signups", signUp("Fatima El Amrani", "fatima@example.nl"), RESIDENT);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("status").asText()).isEqualTo("confirmed");
        String token = response.json().path("withdrawalToken").asText();
        assertThat(token).startsWith("eerste.");
        assertThat(allItems().toString()).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
        var staffView = client.get("/staff/trajectories/eerste/signups", STAFF).json().path("signUps");
        assertThat(staffView).hasSize(1);
        assertThat(staffView.get(0).path("name").asText()).isEqualTo("Fatima El Amrani");
        assertThat(client.get("/trajectories/eerste", RESIDENT).json().path("placesLeft").asInt()).isEqualTo(9);
    }

    @Test
    void secondSignUpWithTheSameEmailIsRefusedAndStoresNothing() {
        publishedTrajectory(client, "dubbel-email", 10);
        client.post("/trajectories/dubbel-email/signups", signUp("Jan", "jan@example.nl"), RESIDENT);
        int itemsBefore = allItems().size();

        var again = client.post("/trajectories/dubbel-email/signups", signUp("Jan Jansen", "JAN@Example.nl"), RESIDENT);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:duplicate-signup");
        assertThat(again.json().path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(allItems()).hasSize(itemsBefore);
    }

    @Test
    void fullTrajectoryWaitlistsAndWithdrawalPromotesTheFirstInLine() {
        publishedTrajectory(client, "vol", 1);
        String first = token(client.post("/trajectories/vol/signups", signUp("Eerste", "een@example.nl"), RESIDENT).json());
        var second = client.post("/trajectories/vol/signups", signUp("Tweede", "twee@example.nl"), RESIDENT);
        var third = client.post("/trajectories/vol/signups", signUp("Derde", "drie@example.nl"), RESIDENT);
        assertThat(second.json().path("status").asText()).isEqualTo("waitlisted");
        assertThat(third.json().path("status").asText()).isEqualTo("waitlisted");

        var withdrawn = client.post("/withdrawals", "{\"token\": \"" + first + "\"}", RESIDENT);

        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode signUps = client.get("/staff/trajectories/vol/signups", STAFF).json().path("signUps");
        assertThat(signUps.get(0).path("status").asText()).isEqualTo("withdrawn");
        assertThat(signUps.get(0).has("name")).isFalse();
        assertThat(signUps.get(0).has("email")).isFalse();
        assertThat(signUps.get(0).path("wijk").asText()).isEqualTo("WK039201");
        assertThat(signUps.get(1).path("status").asText()).isEqualTo("confirmed");
        assertThat(signUps.get(2).path("status").asText()).isEqualTo("waitlisted");
        JsonNode counts = client.get("/staff/trajectories/vol", STAFF).json().path("counts");
        assertThat(counts.path("confirmed").asInt()).isEqualTo(1);
        assertThat(counts.path("waitlisted").asInt()).isEqualTo(1);
        assertThat(counts.path("withdrawn").asInt()).isEqualTo(1);
        assertThat(allItems().toString()).doesNotContain("een@example.nl");
    }

    @Test
    void withdrawingTwiceAnswersTheSameAndWrongTokensFindNothing() {
        publishedTrajectory(client, "twee-keer", null);
        String token = token(client.post("/trajectories/twee-keer/signups", signUp("Piet", "piet@example.nl"), RESIDENT).json());

        assertThat(client.post("/withdrawals", "{\"token\": \"" + token + "\"}", RESIDENT).status()).isEqualTo(200);
        assertThat(client.post("/withdrawals", "{\"token\": \"" + token + "\"}", RESIDENT).status()).isEqualTo(200);
        String forged = token.substring(0, token.length() - 4) + "AAAA";
        assertThat(client.post("/withdrawals", "{\"token\": \"" + forged + "\"}", RESIDENT).status()).isEqualTo(404);
        assertThat(client.post("/withdrawals", "{\"token\": \"nonsense\"}", RESIDENT).status()).isEqualTo(422);
        assertThat(client.get("/staff/trajectories/twee-keer", STAFF).json().path("counts").path("withdrawn").asInt()).isEqualTo(1);
    }

    @Test
    void withdrawnResidentCanSignUpAgain() {
        publishedTrajectory(client, "opnieuw", null);
        String token = token(client.post("/trajectories/opnieuw/signups", signUp("Els", "els@example.nl"), RESIDENT).json());
        client.post("/withdrawals", "{\"token\": \"" + token + "\"}", RESIDENT);

        var again = client.post("/trajectories/opnieuw/signups", signUp("Els", "els@example.nl"), RESIDENT);

        assertThat(again.status()).isEqualTo(201);
    }

    @Test
    void personalDataExpiresNinetyDaysAfterTheFeedbackDate() {
        publishedTrajectory(client, "bewaartermijn", null);
        client.post("/trajectories/bewaartermijn/signups", signUp("Kees", "kees@example.nl"), RESIDENT);

        List<Map<String, AttributeValue>> personal = allItems().stream()
                .filter(item -> item.get("pk").s().equals("TRAJ#bewaartermijn"))
                .filter(item -> item.containsKey("email") || item.get("sk").s().startsWith("EMAIL#")).toList();

        // feedback date 2027-07-01 + 90 days = 2027-09-29, kept to the end of that day in Amsterdam (UTC+2)
        long expected = Instant.parse("2027-09-29T22:00:00Z").getEpochSecond();
        assertThat(personal).hasSize(2).allSatisfy(item ->
                assertThat(Long.parseLong(item.get("expiresAt").n())).isEqualTo(expected));
    }

    @Test
    void invalidSignUpNamesEachFieldAndStoresNothing() {
        publishedTrajectory(client, "fouten", null);
        int itemsBefore = allItems().size();

        var refused = client.post("/trajectories/fouten/signups",
                "{\"name\": \"\", \"email\": \"geen-email\", \"wijk\": \"WK999999\", \"ageBand\": \"oud\", \"consent\": false}", RESIDENT);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "email", "wijk", "ageBand", "consent");
        assertThat(allItems()).hasSize(itemsBefore);
    }

    @Test
    void exportOpensInASpreadsheet() {
        publishedTrajectory(client, "export", null);
        client.post("/trajectories/export/signups", signUp("Zoë \\\"Zus\\\" de Vries", "zoe@example.nl"), RESIDENT);
        client.post("/trajectories/export/signups", signUp("=HYPERLINK(1)", "formule@example.nl"), RESIDENT);

        var csv = client.get("/staff/trajectories/export/signups/export", STAFF);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.body()).startsWith("\uFEFF\"id\",\"status\"");
        assertThat(csv.body()).contains("\"Zoë \"\"Zus\"\" de Vries\"", "\"'=HYPERLINK(1)\"");
        assertThat(csv.body().split("\r\n")).hasSize(3);
    }

    private List<Map<String, AttributeValue>> allItems() {
        return tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).items();
    }

    private static String token(JsonNode receipt) {
        return receipt.path("withdrawalToken").asText();
    }
}
