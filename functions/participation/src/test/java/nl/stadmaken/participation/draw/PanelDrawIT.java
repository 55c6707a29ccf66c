package nl.stadmaken.participation.draw;

import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.participation.ParticipationFixture;
import nl.stadmaken.participation.sortition.cli.DrawCommand;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.FaultProxy;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.StreamEvents;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A panel from sign-up to draw, audit and replacements, through both handlers against the emulator. */
@ExtendWith(DynamoDbExtension.class)
class PanelDrawIT {

    private static final Instant AFTER_CLOSE = Instant.parse("2027-04-02T09:00:00Z");
    private static final String[] GENDERS = {"vrouw", "man", "anders"};
    private static final String[] AGES = {"16-29", "30-49", "50+"};
    private static final String QUOTAS = """
            {"panelSize": 10, "algorithm": "leximin", "quotas": [
              {"feature": "geslacht", "value": "vrouw", "min": 4, "max": 6},
              {"feature": "geslacht", "value": "man", "min": 4, "max": 6},
              {"feature": "leeftijd", "value": "16-29", "min": 2, "max": 4},
              {"feature": "leeftijd", "value": "30-49", "min": 2, "max": 4},
              {"feature": "leeftijd", "value": "50+", "min": 2, "max": 4}]}
            """;

    private final TestTables tables;
    private final TestClock clock = new TestClock(ParticipationFixture.NOW);
    private final HandlerClient participation;
    private final HandlerClient draws;

    PanelDrawIT(TestTables tables) {
        this.tables = tables;
        this.participation = ParticipationFixture.client(tables, clock);
        PanelDrawHandler handler = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.client(), clock);
        this.draws = new HandlerClient(handler, "PanelDrawFunction", handler.api().routeKeys());
    }

    @Test
    void panelIsDrawnWithinQuotasPublishedPseudonymouslyAndReproducibleOffline(@TempDir Path dir) throws IOException {
        createPanel("wijkraad-noord");
        assertThat(participation.put("/staff/trajectories/wijkraad-noord/panel/seed", "{\"seed\": \"raadsvergadering 12 maart\"}", STAFF)
                .status()).isEqualTo(200);
        signUpPool("wijkraad-noord", 40);

        assertThat(problem(draws.post("/staff/trajectories/wijkraad-noord/panel/draws", QUOTAS, STAFF), 409)).isEqualTo("pool-open");
        clock.set(AFTER_CLOSE);
        var drawn = draws.post("/staff/trajectories/wijkraad-noord/panel/draws", QUOTAS, STAFF);

        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        JsonNode draw = drawn.json();
        List<String> panel = texts(draw.path("panel"));
        assertThat(panel).hasSize(10).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("m-"));
        assertThat(draw.path("seed").asText()).isEqualTo("raadsvergadering 12 maart");
        assertThat(draw.path("algorithm").asText()).isEqualTo("leximin");
        assertThat(draw.path("poolSize").asInt()).isEqualTo(40);
        double sum = 0;
        for (JsonNode probability : draw.path("probabilities")) {
            assertThat(probability.asDouble()).isBetween(0.0, 1.0);
            sum += probability.asDouble();
        }
        assertThat(draw.path("probabilities").size()).isEqualTo(40);
        assertThat(sum).isCloseTo(10.0, within(1e-6));
        assertThat(draw.path("minimumProbability").asDouble()).isGreaterThan(0.0);
        for (JsonNode quota : draw.path("quotas")) {
            assertThat(quota.path("count").asInt()).as(quota.toString()).isBetween(quota.path("min").asInt(), quota.path("max").asInt());
        }

        var staffView = participation.get("/staff/trajectories/wijkraad-noord/panel/draws/1", STAFF).json();
        Set<String> households = new HashSet<>();
        for (JsonNode member : staffView.path("members")) {
            String email = member.path("signUp").path("email").asText();
            assertThat(email).endsWith("@example.nl");
            assertThat(households.add(householdOf(email))).as("one member per household").isTrue();
        }
        assertThat(participation.get("/staff/trajectories/wijkraad-noord/panel/outbox", STAFF).json().path("messages"))
                .hasSize(10).allSatisfy(message -> assertThat(message.path("kind").asText()).isEqualTo("panel-selected"));
        List<JsonNode> letters = new ArrayList<>();
        for (JsonNode record : StreamEvents.forFunction(tables, "MailFunction").path("Records")) {
            if (record.path("dynamodb").path("Keys").path("pk").path("S").asText().endsWith("#wijkraad-noord")) {
                letters.add(record.path("dynamodb").path("NewImage"));
            }
        }
        assertThat(letters).as("what the mail function is given from this table's stream").hasSize(10).allSatisfy(letter -> {
            assertThat(letter.path("email").path("S").asText()).endsWith("@example.nl");
            assertThat(letter.path("subject").path("S").asText()).isEqualTo("U bent geloot voor Speelplek Oude Stad");
            assertThat(letter.path("text").path("S").asText()).startsWith("Beste ").contains("Meld u dan af");
        });

        var published = participation.get("/trajectories/wijkraad-noord/panel", RESIDENT);
        assertThat(published.status()).isEqualTo(200);
        assertThat(Instant.parse(published.json().path("seed").path("fixedAt").asText()))
                .isBefore(Instant.parse(published.json().path("poolClosesAt").asText()));
        assertThat(published.body()).doesNotContain("@example.nl").doesNotContain("Inwoner");
        assertThat(texts(participation.get("/trajectories/wijkraad-noord/panel/draws/1", RESIDENT).json().path("panel"))).isEqualTo(panel);

        Path pool = dir.resolve("pool.csv");
        Path quotas = dir.resolve("quotas.csv");
        Files.writeString(pool, participation.get("/staff/trajectories/wijkraad-noord/panel/pool", STAFF).body());
        Files.writeString(quotas, participation.get("/staff/trajectories/wijkraad-noord/panel/quotas", STAFF).body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DrawCommand.run(new String[] {"--pool", pool.toString(), "--quotas", quotas.toString(), "--size", "10",
                "--seed", "raadsvergadering 12 maart", "--algorithm", "leximin", "--household-columns", "household"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        List<String> offline = out.toString(StandardCharsets.UTF_8).lines().takeWhile(line -> !line.isEmpty()).toList();
        assertThat(offline).as("the draw re-run offline from the auditor's files").isEqualTo(panel);
    }

    @Test
    void sameRequestAnswersTheSameDrawAnotherIsRefused() {
        readyPool("herhaal", 30);
        var first = draws.post("/staff/trajectories/herhaal/panel/draws", QUOTAS, STAFF);
        var again = draws.post("/staff/trajectories/herhaal/panel/draws", QUOTAS, STAFF);
        var other = draws.post("/staff/trajectories/herhaal/panel/draws", QUOTAS.replace("\"panelSize\": 10", "\"panelSize\": 9"), STAFF);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(problem(other, 409)).isEqualTo("already-drawn");
        assertThat(participation.get("/trajectories/herhaal/panel", RESIDENT).json().path("draws")).hasSize(1);
        assertThat(participation.get("/staff/trajectories/herhaal/panel/outbox", STAFF).json().path("messages")).hasSize(10);
    }

    @Test
    void theSameRequestAfterAWithdrawalStillAnswersTheDraw() {
        Map<String, String> tokens = readyPool("teruggetrokken", 30);
        var first = draws.post("/staff/trajectories/teruggetrokken/panel/draws", QUOTAS, STAFF);
        // A member of the panel withdraws.
        String email = participation.get("/staff/trajectories/teruggetrokken/panel/draws/1", STAFF).json().path("members")
                .get(0).path("signUp").path("email").asText();
        assertThat(participation.post("/withdrawals", "{\"token\": \"" + tokens.get(email) + "\"}", RESIDENT).status())
                .isEqualTo(200);

        // The pool today is one smaller, but the request is compared with the pool the draw was made from.
        var again = draws.post("/staff/trajectories/teruggetrokken/panel/draws", QUOTAS, STAFF);
        var other = draws.post("/staff/trajectories/teruggetrokken/panel/draws",
                QUOTAS.replace("\"panelSize\": 10", "\"panelSize\": 9"), STAFF);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(problem(other, 409)).isEqualTo("already-drawn");
        assertThat(participation.get("/trajectories/teruggetrokken/panel", RESIDENT).json().path("draws")).hasSize(1);
    }

    @Test
    void aDrawWhoseTransactionKeepsMeetingOthersIsATemporaryFaultAndStoresNothing() {
        readyPool("botsing", 30);
        try (FaultProxy proxy = FaultProxy.start(tables.endpoint())) {
            // Every transaction is cancelled for a conflict, as when other writes to the panel's items keep winning.
            proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.TRANSACTION_CONFLICT), Duration.ZERO, 7)
                    .on(Set.of("TransactWriteItems")));
            Map<String, String> variables = new HashMap<>(tables.environmentOf("PanelDrawFunction").variables());
            variables.put("DYNAMODB_ENDPOINT", proxy.uri().toString());
            Environment environment = new Environment(variables);
            PanelDrawHandler handler = new PanelDrawHandler(environment, DynamoDbClients.fromEnvironment(environment), clock);
            HandlerClient conflicted = new HandlerClient(handler, "PanelDrawFunction", handler.api().routeKeys());

            var refused = conflicted.post("/staff/trajectories/botsing/panel/draws", QUOTAS, STAFF);

            assertThat(problem(refused, 503)).isEqualTo("unavailable");
            assertThat(refused.headers()).as("503 says when to retry").containsKey("retry-after");
            assertThat(proxy.injected().get(FaultProxy.Fault.TRANSACTION_CONFLICT)).as("the client's own retries").isGreaterThan(1);
            assertThat(participation.get("/trajectories/botsing/panel", RESIDENT).json().path("draws")).isEmpty();

            proxy.plan(FaultProxy.Plan.NONE);
            var drawn = conflicted.post("/staff/trajectories/botsing/panel/draws", QUOTAS, STAFF);
            assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
            assertThat(participation.get("/trajectories/botsing/panel", RESIDENT).json().path("draws")).hasSize(1);
        }
    }

    @Test
    void aRetryWritesOnlyTheLettersAFirstAttemptMissed() {
        readyPool("onderbroken", 30);
        var first = draws.post("/staff/trajectories/onderbroken/panel/draws", QUOTAS, STAFF);
        // As if the first attempt had stopped after writing seven of its ten letters.
        String table = tables.name("ParticipationTable");
        List<Map<String, AttributeValue>> letters = firstDrawLetters(table, "onderbroken");
        assertThat(letters).hasSize(10);
        letters.subList(0, 3).forEach(letter -> tables.client().deleteItem(d -> d.tableName(table)
                .key(Map.of("pk", letter.get("pk"), "sk", letter.get("sk")))));
        RequestCounter counter = new RequestCounter();
        PanelDrawHandler counted = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.countingClient(counter), clock);
        HandlerClient retrying = new HandlerClient(counted, "PanelDrawFunction", counted.api().routeKeys());

        var again = retrying.post("/staff/trajectories/onderbroken/panel/draws", QUOTAS, STAFF);
        List<String> repairWrites = counter.writes();
        List<String> repairOperations = counter.operations();
        counter.reset();
        var thirdTime = retrying.post("/staff/trajectories/onderbroken/panel/draws", QUOTAS, STAFF);

        assertThat(again.json()).isEqualTo(first.json());
        assertThat(thirdTime.json()).isEqualTo(first.json());
        assertThat(repairWrites).as("only the three missing letters are written").containsExactly("PutItem", "PutItem", "PutItem");
        assertThat(repairOperations).as("the sign-ups are looked up for the letters missing").containsExactly("GetItem", "Query",
                "Query", "PutItem", "PutItem", "PutItem");
        assertThat(counter.operations()).as("with every letter there, a retry reads the trajectory and the panel's items (seed,"
                + " draws, input, letters), and neither looks up sign-ups nor writes").containsExactly("GetItem", "Query");
        assertThat(participation.get("/staff/trajectories/onderbroken/panel/outbox", STAFF).json().path("messages")).hasSize(10);
        assertThat(firstDrawLetters(table, "onderbroken")).extracting(letter -> letter.get("sk").s())
                .containsExactlyInAnyOrderElementsOf(letters.stream().map(letter -> letter.get("sk").s()).toList());
    }

    @Test
    void impossibleQuotasAreNamedAndNothingIsStored() {
        readyPool("onmogelijk", 30);
        int before = allItems().size();

        var refused = draws.post("/staff/trajectories/onmogelijk/panel/draws",
                QUOTAS.replace("\"value\": \"vrouw\", \"min\": 4, \"max\": 6", "\"value\": \"vrouw\", \"min\": 9, \"max\": 10"), STAFF);

        assertThat(problem(refused, 422)).isEqualTo("quotas-infeasible");
        assertThat(refused.body()).contains("geslacht");
        assertThat(allItems()).hasSize(before);
        var badFields = draws.post("/staff/trajectories/onmogelijk/panel/draws", """
                {"panelSize": 0, "algorithm": "dobbelsteen", "quotas": [{"feature": "haarkleur", "value": "rood", "min": 1, "max": 1},
                 {"feature": "geslacht", "value": "vrouw", "min": 3, "max": 2},
                 {"feature": "oogkleur", "value": "a\\u0000b", "min": 1, "max": 1},
                 {"feature": "leeftijd", "min": 1, "max": 2}]}""", STAFF);
        assertThat(problem(badFields, 422)).isEqualTo("validation");
        assertThat(fields(badFields)).contains("panelSize", "algorithm", "quotas[0].feature", "quotas[1].max", "quotas[2].value",
                        "quotas[3].value")
                .doesNotContain("quotas[0].value");
        assertThat(allItems()).hasSize(before);
    }

    @Test
    void withdrawnMembersAreReplacedWithinTheQuotas() {
        Map<String, String> tokens = readyPool("vervang", 40);
        JsonNode first = draws.post("/staff/trajectories/vervang/panel/draws", QUOTAS, STAFF).json();
        List<String> panel = texts(first.path("panel"));
        Map<String, String> emailOf = new HashMap<>();
        for (JsonNode member : participation.get("/staff/trajectories/vervang/panel/draws/1", STAFF).json().path("members")) {
            emailOf.put(member.path("pseudonym").asText(), member.path("signUp").path("email").asText());
        }
        List<String> leaving = panel.subList(0, 2);
        assertThat(problem(draws.post("/staff/trajectories/vervang/panel/draws/1/replacements", null, STAFF), 409))
                .isEqualTo("nothing-to-replace");
        for (String member : leaving) {
            var withdrawal = participation.post("/withdrawals", "{\"token\": \"" + tokens.get(emailOf.get(member)) + "\"}", RESIDENT);
            assertThat(withdrawal.status()).isEqualTo(200);
        }

        var replaced = draws.post("/staff/trajectories/vervang/panel/draws/1/replacements", null, STAFF);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        JsonNode second = replaced.json();
        assertThat(second.path("number").asInt()).isEqualTo(2);
        assertThat(second.path("kind").asText()).isEqualTo("replacement");
        assertThat(texts(second.path("replaced"))).containsExactlyInAnyOrderElementsOf(leaving);
        List<String> newPanel = texts(second.path("panel"));
        assertThat(newPanel).hasSize(10).doesNotContainAnyElementsOf(leaving);
        assertThat(texts(second.path("drawn"))).hasSize(2).doesNotContainAnyElementsOf(panel);
        assertThat(newPanel).containsAll(panel.subList(2, 10));
        for (JsonNode quota : second.path("quotas")) {
            assertThat(quota.path("count").asInt()).as(quota.toString()).isBetween(quota.path("min").asInt(), quota.path("max").asInt());
        }
        assertThat(replacementLetters("vervang")).hasSize(2);
        assertThat(problem(draws.post("/staff/trajectories/vervang/panel/draws/2/replacements", null, STAFF), 409))
                .isEqualTo("nothing-to-replace");

        // As if the first attempt had stopped after its draw and one of its two letters: the same request again
        // answers that draw and writes the letter it missed.
        String table = tables.name("ParticipationTable");
        Map<String, AttributeValue> lost = tables.client().query(q -> q.tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :outbox)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("TRAJ#vervang"),
                        ":outbox", AttributeValue.fromS("PANEL#OUTBOX#0002#")))).items().getFirst();
        tables.client().deleteItem(d -> d.tableName(table).key(Map.of("pk", lost.get("pk"), "sk", lost.get("sk"))));
        RequestCounter counter = new RequestCounter();
        PanelDrawHandler counted = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.countingClient(counter), clock);
        var again = new HandlerClient(counted, "PanelDrawFunction", counted.api().routeKeys())
                .post("/staff/trajectories/vervang/panel/draws/1/replacements", null, STAFF);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(second);
        assertThat(counter.operations()).as("the trajectory, the panel's items, the sign-ups for the missing letter, and only"
                + " that letter").containsExactly("GetItem", "Query", "Query", "PutItem");
        assertThat(replacementLetters("vervang")).hasSize(2);

        // Once a later draw replaced the replacement, the first draw's request is refused.
        Map<String, String> emailOfSecond = new HashMap<>();
        for (JsonNode member : participation.get("/staff/trajectories/vervang/panel/draws/2", STAFF).json().path("members")) {
            emailOfSecond.put(member.path("pseudonym").asText(), member.path("signUp").path("email").asText());
        }
        String newcomer = texts(second.path("drawn")).getFirst();
        assertThat(participation.post("/withdrawals", "{\"token\": \"" + tokens.get(emailOfSecond.get(newcomer)) + "\"}", RESIDENT)
                .status()).isEqualTo(200);
        assertThat(draws.post("/staff/trajectories/vervang/panel/draws/2/replacements", null, STAFF).json().path("number").asInt())
                .isEqualTo(3);
        assertThat(problem(draws.post("/staff/trajectories/vervang/panel/draws/1/replacements", null, STAFF), 409)).isEqualTo("not-latest");
    }

    private List<JsonNode> replacementLetters(String id) {
        List<JsonNode> letters = new ArrayList<>();
        participation.get("/staff/trajectories/" + id + "/panel/outbox", STAFF).json().path("messages").forEach(message -> {
            if (message.path("kind").asText().equals("panel-replacement") && message.path("drawNumber").asInt() == 2) {
                letters.add(message);
            }
        });
        return letters;
    }

    @Test
    void seedMustBeFixedBeforeThePoolClosesAndNeverChanges() {
        createPanel("zaad");
        assertThat(participation.put("/staff/trajectories/zaad/panel/seed", "{\"seed\": \"42\"}", STAFF).status()).isEqualTo(200);
        String fixedAt = participation.put("/staff/trajectories/zaad/panel/seed", "{\"seed\": \"42\"}", STAFF).json().path("fixedAt").asText();
        assertThat(participation.put("/staff/trajectories/zaad/panel/seed", "{\"seed\": \"42\"}", STAFF).json().path("fixedAt").asText())
                .isEqualTo(fixedAt);
        assertThat(problem(participation.put("/staff/trajectories/zaad/panel/seed", "{\"seed\": \"43\"}", STAFF), 409)).isEqualTo("seed-fixed");

        createPanel("te-laat");
        clock.set(AFTER_CLOSE);
        assertThat(problem(participation.put("/staff/trajectories/te-laat/panel/seed", "{\"seed\": \"7\"}", STAFF), 409)).isEqualTo("pool-closed");
        assertThat(problem(draws.post("/staff/trajectories/te-laat/panel/draws", QUOTAS, STAFF), 409)).isEqualTo("no-seed");
        assertThat(problem(participation.put("/staff/trajectories/te-laat/panel/seed", "{\"seed\": \"\"}", STAFF), 422)).isEqualTo("validation");
    }

    @Test
    void signUpForAPanelNeedsEveryFeatureAndAValidAddress() {
        createPanel("kenmerken");
        var missing = participation.post("/trajectories/kenmerken/signups",
                "{\"name\": \"A\", \"email\": \"a@example.nl\", \"consent\": true, \"features\": {\"geslacht\": \"paars\", \"oogkleur\": \"blauw\"}}",
                RESIDENT);
        assertThat(problem(missing, 422)).isEqualTo("validation");
        assertThat(fields(missing)).contains("features.geslacht", "features.leeftijd", "features.oogkleur", "household");
        var badAddress = participation.post("/trajectories/kenmerken/signups", signUp("b@example.nl", "vrouw", "50+", "Grote Markt 2"), RESIDENT);
        assertThat(fields(badAddress)).containsExactly("household");
        assertThat(participation.post("/trajectories/kenmerken/signups", signUp("c@example.nl", "vrouw", "50+", "2011 ab 12"), RESIDENT)
                .status()).isEqualTo(201);
        var staffList = participation.get("/staff/trajectories/kenmerken/signups", STAFF).json().path("signUps");
        assertThat(staffList.get(0).path("features").path("geslacht").asText()).isEqualTo("vrouw");
        // The panel's own items, as text: a draw elsewhere in the table stores probabilities whose digits may hold "2011".
        String stored = allItems().stream().filter(item -> item.get("pk").s().equals("TRAJ#kenmerken")).toList().toString()
                .toUpperCase(Locale.ROOT);
        assertThat(stored).as("the address is kept only as a keyed hash").isNotEmpty()
                .doesNotContain("2011 AB").doesNotContain("2011AB").doesNotContain("S=2011");
        assertThat(problem(participation.put("/staff/trajectories/" + plainTrajectory() + "/panel/seed", "{\"seed\": \"1\"}", STAFF), 409))
                .isEqualTo("not-a-panel");
    }

    /** The outbox items of a panel's first draw, as stored. */
    private List<Map<String, AttributeValue>> firstDrawLetters(String table, String id) {
        return tables.client().query(q -> q.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :outbox)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("TRAJ#" + id),
                        ":outbox", AttributeValue.fromS("PANEL#OUTBOX#0001#")))).items();
    }

    private Map<String, String> readyPool(String id, int size) {
        createPanel(id);
        participation.put("/staff/trajectories/" + id + "/panel/seed", "{\"seed\": \"" + id + "\"}", STAFF);
        Map<String, String> tokens = signUpPool(id, size);
        clock.set(AFTER_CLOSE);
        return tokens;
    }

    private void createPanel(String id) {
        String body = ParticipationFixture.completeTrajectory(id, null).replace("\"kind\": \"trajectory\",", """
                "kind": "panel", "panel": {"oneMemberPerHousehold": true, "features": [
                  {"name": "geslacht", "values": ["vrouw", "man", "anders"]},
                  {"name": "leeftijd", "values": ["16-29", "30-49", "50+"]}]},""");
        assertThat(participation.post("/staff/trajectories", body, STAFF).status()).isEqualTo(201);
        assertThat(participation.post("/staff/trajectories/" + id + "/publish", null, STAFF).status()).isEqualTo(200);
    }

    private String plainTrajectory() {
        participation.post("/staff/trajectories", ParticipationFixture.completeTrajectory("gewoon", null), STAFF);
        return "gewoon";
    }

    /** Sign-ups with a spread of features; every third pair shares a household. Returns withdrawal tokens by email. */
    private Map<String, String> signUpPool(String id, int size) {
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String email = "inwoner" + i + "@example.nl";
            String body = signUp(email, GENDERS[i % 7 == 6 ? 2 : i % 2], AGES[i % 3], "2011 AB " + householdNumber(i));
            var response = participation.post("/trajectories/" + id + "/signups", body, RESIDENT);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            tokens.put(email, response.json().path("withdrawalToken").asText());
        }
        return tokens;
    }

    private static int householdNumber(int i) {
        return i % 6 == 1 ? i : i + 1;
    }

    private static String householdOf(String email) {
        int i = Integer.parseInt(email.substring("inwoner".length(), email.indexOf('@')));
        return Integer.toString(householdNumber(i));
    }

    private static String signUp(String email, String gender, String age, String address) {
        return """
                {"name": "Inwoner %s", "email": "%s", "consent": true, "features": {"geslacht": "%s", "leeftijd": "%s"},
                 "household": "%s"}""".formatted(email, email, gender, age, address);
    }

    private static String problem(LambdaInvoker.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String type = response.json().path("type").asText();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    private static List<String> fields(LambdaInvoker.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private List<Map<String, AttributeValue>> allItems() {
        return tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).items();
    }
}
