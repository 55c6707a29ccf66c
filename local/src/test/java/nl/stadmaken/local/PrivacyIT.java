package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.RepositoryPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Full flows with recognisable personal data through the running system: afterwards no log line holds any of it,
 * every stored item with personal data has a TTL, ballots hold none, and withdrawal and cancellation erased theirs.
 */
class PrivacyIT {

    private static final String NAME = "Henriëtte Privacytoets";
    private static final String EMAIL = "henriette.privacytoets@example.nl";
    private static final String PHONE = "06 1234 5678";
    private static final String ADDRESS = "2023 XY 99";
    /** Attributes that hold personal data: contact details, a panel's answers, a household's hash, a draw's pool. */
    private static final Set<String> PERSONAL = Set.of("name", "email", "phone", "features", "household", "members");

    private static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();
    private static PrintStream original;
    private static LocalRunner runner;

    @BeforeAll
    static void start() throws Exception {
        original = System.out;
        // Function loggers take System.out when they are built, so capture it before the runner builds them.
        System.setOut(new PrintStream(new Tee(original, LOGS), true, StandardCharsets.UTF_8));
        runner = LocalRunner.start(RepositoryPaths.root(), 0, true, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        runner.stop();
        System.setOut(original);
    }

    @Test
    void flowsLeaveNoPersonalDataInLogsAndOnlyExpiringPersonalDataInTables() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(NAME, EMAIL, PHONE, ADDRESS, "Henri"));

        JsonNode signUp = call("POST", "/trajectories/speelplek-kenaupark/signups", Map.of("name", NAME, "email", EMAIL, "phone", PHONE,
                "wijk", "WK039201", "ageBand", "45-65", "consent", true), 201);
        secrets.add(signUp.path("withdrawalToken").asText());
        JsonNode second = call("POST", "/trajectories/gelote-wijkraad-zijlweg-west/signups", Map.of("name", NAME, "email", EMAIL,
                "consent", true, "features", Map.of("geslacht", "anders", "leeftijd", "70+"), "household", ADDRESS), 201);
        call("POST", "/trajectories/gelote-wijkraad-zijlweg-west/signups", Map.of("name", NAME, "email", "derde." + EMAIL,
                "consent", true, "features", Map.of("geslacht", "vrouw", "leeftijd", "16-29"), "household", ADDRESS), 201);
        call("POST", "/withdrawals", Map.of("token", second.path("withdrawalToken").asText()), 200);

        String code = text(runner.api().answer("POST", "/staff/budget/rounds/schalkwijk-aan-zet/codes", null,
                Map.of("authorization", "Bearer " + runner.staffToken(), "content-type", "application/json"),
                "{\"count\": 1}".getBytes(StandardCharsets.UTF_8))).lines().skip(1).findFirst().orElseThrow().split(",")[1].replace("\"", "");
        secrets.add(code);
        call("POST", "/budget/rounds/schalkwijk-aan-zet/ballots", Map.of("code", code, "proposals", List.of("buurtmoestuin")), 201);

        JsonNode slots = call("GET", "/spreekuur/slots?host=burgemeester", null, 200).path("slots");
        JsonNode booking = call("POST", "/spreekuur/slots/" + slots.get(0).path("id").asText() + "/bookings",
                Map.of("name", NAME, "email", EMAIL, "phone", PHONE, "topic", "Verlichting in het park"), 201);
        secrets.add(booking.path("manageToken").asText());
        JsonNode other = call("POST", "/spreekuur/slots/" + slots.get(1).path("id").asText() + "/bookings",
                Map.of("name", "Tweede Privacytoets", "email", "tweede.privacytoets@example.nl", "topic", "Bomen"), 201);
        call("POST", "/spreekuur/bookings/cancel", Map.of("token", other.path("manageToken").asText()), 200);

        String logs = LOGS.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("\"route\":\"POST /trajectories/{id}/signups\"");
        for (String secret : secrets) {
            assertThat(logs).as("logs hold no personal data or token").doesNotContain(secret);
        }
        assertThat(logs).doesNotContain("tweede.privacytoets");

        DynamoDbClient dynamo = DynamoDbClients.fromEnvironment(new Environment(Map.of("DYNAMODB_ENDPOINT", runner.dynamoDbEndpoint())));
        List<Map<String, AttributeValue>> everything = new ArrayList<>();
        for (String table : dynamo.listTables().tableNames()) {
            dynamo.scanPaginator(scan -> scan.tableName(table)).items().forEach(everything::add);
        }
        assertThat(everything).isNotEmpty();
        for (Map<String, AttributeValue> item : everything) {
            boolean personal = item.keySet().stream().anyMatch(PERSONAL::contains) && !item.get("pk").s().startsWith("HOST#");
            if (personal) {
                assertThat(item).as("personal data expires: " + item.get("pk").s() + " " + item.get("sk").s()).containsKey("expiresAt");
            }
            if (item.get("sk").s().startsWith("CODE#")) {
                assertThat(item.keySet()).as("a ballot holds no personal data").doesNotContainAnyElementsOf(PERSONAL)
                        .doesNotContain("sourceIp", "ip", "userAgent");
            }
        }
        String stored = everything.toString();
        // The cancellation notice itself must still reach the resident, so the outbox keeps the address until it expires.
        String storedOutsideOutbox = everything.stream().filter(item -> !item.get("pk").s().startsWith("OUTBOX#")).toList().toString();
        assertThat(storedOutsideOutbox).as("withdrawn and cancelled data is erased").doesNotContain("tweede.privacytoets", "Tweede Privacytoets");
        assertThat(stored).as("an address is kept only as a keyed hash").doesNotContain("2023 XY", "2023XY");
        assertThat(stored).as("tokens and codes are stored only as keyed hashes").doesNotContain(code)
                .doesNotContain(signUp.path("withdrawalToken").asText().substring(signUp.path("withdrawalToken").asText().lastIndexOf('.') + 1));
    }

    private static JsonNode call(String method, String pathAndQuery, Object body, int status) throws Exception {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : null;
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] bytes = new byte[0];
        if (body != null) {
            headers.put("content-type", "application/json");
            bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        }
        LocalApiServer.Answer answer = runner.api().answer(method, path, query, headers, bytes);
        assertThat(answer.status()).as(method + " " + pathAndQuery + ": " + answer.text()).isEqualTo(status);
        return JsonTrees.read(answer.text());
    }

    private static String text(LocalApiServer.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isLessThan(300);
        return answer.text();
    }

    /** Writes to the console and keeps a copy for the assertions. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream copy;

        Tee(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }
    }
}
