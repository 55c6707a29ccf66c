package nl.stadmaken.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.budget.store.DynamoBudgetStore;
import nl.stadmaken.indicators.IndicatorsHandler;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.participation.draw.PanelDrawHandler;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.spreekuur.SpreekuurHandler;
import nl.stadmaken.testkit.DynamoDbEndpoint;
import nl.stadmaken.testkit.DynamoDbLimits;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.HttpApiEvents;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.SamTemplate;
import nl.stadmaken.testkit.TableSnapshot;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every route of every function, fed hostile input through its real handler against the DynamoDB API: never a 5xx;
 * every refusal is problem+json with type, title and status, and a validation problem names the field made wrong;
 * every answer is one {@code openapi.yaml} declares; and nothing is stored on a refused request or a read (the
 * function's table is compared item by item). Records that are meant to outlive a refusal are left out of the comparison: idempotency
 * records (a retry with the same key gets the same refusal) and failed voting-code attempts (they slow guessing).
 * Staff routes are called with a valid staff token, so the fuzzing reaches past the staff check. Requests to DynamoDB are
 * checked against its key limits, which the emulator checks only on writes.
 */
class HostileInputIT {

    private static final int TRIES_PER_ROUTE = 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> KEPT_ON_REFUSAL = List.of("pk=AttributeValue(S=IDEMPOTENCY#", "pk=AttributeValue(S=ATTEMPTS#");

    private static final DynamoDbLimits LIMITS = new DynamoDbLimits(SamTemplate.ofRepository());

    private static DynamoDbEndpoint endpoint;
    private static TestTables tables;
    private static final ResponseConformance CONFORMANCE = new ResponseConformance(OpenApiContract.ofRepository());
    private static Target participation;
    private static Target budget;
    private static Target spreekuur;
    private static Target indicators;
    private static Target panelDraws;

    /** One function under test: its handler, routes, what the generator knows of it, and its tables as last seen. */
    private static final class Target {
        final String function;
        final RequestStreamHandler handler;
        final List<String> routeKeys;
        final SampleSeeds seeds;
        final String table;
        final RequestCounter calls;
        /** The table as last scanned; still true while the handler has sent no write since. */
        TableSnapshot tables;

        /** {@code table}: the name of the one table the function writes (its IAM policy allows no other). */
        Target(String function, String table, RequestCounter calls, RequestStreamHandler handler, Set<String> routeKeys,
               String eventFolder) {
            this.function = function;
            this.table = table;
            this.calls = calls;
            this.handler = handler;
            this.routeKeys = routeKeys.stream().sorted().toList();
            this.seeds = SampleSeeds.of(eventFolder);
        }

        @Override
        public String toString() {
            return function;
        }

        /** Replays set-up events of the function's own samples and learns the tokens their answers hand out. */
        void setUp(String folder, String... events) {
            for (String event : events) {
                try {
                    String text = Files.readString(RepositoryPaths.root().resolve("events").resolve(folder).resolve(event + ".json"));
                    LambdaInvoker.Response response = LambdaInvoker.invoke(handler, function, text);
                    assertThat(response.status()).as(event + ": " + response.body()).isLessThan(300);
                    learnTokens(response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void learnTokens(LambdaInvoker.Response response) {
            if (!response.contentType().startsWith("application/json")) {
                return;
            }
            JsonNode body = JSON.readTree(response.body());
            for (String field : List.of("withdrawalToken", "manageToken")) {
                body.path(field).asOptional().ifPresent(token -> seeds.learn("token", token.asString()));
            }
            body.path("feedToken").asOptional().ifPresent(token -> seeds.learn("token", token.asString()));
            body.path("tokens").forEach(token -> seeds.learn("token", token.asString()));
        }
    }

    @BeforeContainer
    static void setUp() {
        endpoint = DynamoDbEndpoint.start();
        tables = TestTables.on(endpoint);

        TestClock participationClock = new TestClock(Instant.parse("2027-03-01T10:00:00Z"));
        RequestCounter participationCalls = new RequestCounter();
        ParticipationHandler participationHandler = new ParticipationHandler(tables.environmentOf("ParticipationFunction"),
                tables.clientWith(List.of(participationCalls, LIMITS)), participationClock);
        participation = new Target("ParticipationFunction", tables.name("ParticipationTable"), participationCalls, participationHandler, participationHandler.api().routeKeys(), "participation");
        participation.setUp("participation", "staff-create-trajectory", "staff-update-trajectory", "staff-publish-trajectory", "signup",
                "staff-create-panel", "staff-fix-panel-seed", "staff-publish-panel", "signup-panel");

        // Draws run on tables of their own, so that what the participation routes change is not taken for theirs. The
        // demo panel's pool closes on 1 April 2027; the draw function sees it closed, so its checks are reached.
        TestTables drawTables = TestTables.on(endpoint);
        ParticipationHandler panelSetUp = new ParticipationHandler(drawTables.environmentOf("ParticipationFunction"),
                drawTables.client(), new TestClock(Instant.parse("2027-03-01T10:00:00Z")));
        new Target("ParticipationFunction", drawTables.name("ParticipationTable"), new RequestCounter(), panelSetUp, panelSetUp.api().routeKeys(), "participation")
                .setUp("participation", "staff-create-panel", "staff-fix-panel-seed", "staff-publish-panel", "signup-panel");
        RequestCounter panelDrawCalls = new RequestCounter();
        PanelDrawHandler panelDrawHandler = new PanelDrawHandler(drawTables.environmentOf("PanelDrawFunction"),
                drawTables.clientWith(List.of(panelDrawCalls, LIMITS)), new TestClock(Instant.parse("2027-04-02T09:00:00Z")));
        panelDraws = new Target("PanelDrawFunction", drawTables.name("ParticipationTable"), panelDrawCalls, panelDrawHandler, panelDrawHandler.api().routeKeys(), "panel-draw");

        TestClock budgetClock = new TestClock(Instant.parse("2027-05-03T10:00:00Z"));
        RequestCounter budgetCalls = new RequestCounter();
        BudgetHandler budgetHandler = new BudgetHandler(tables.environmentOf("BudgetFunction"), tables.clientWith(List.of(budgetCalls, LIMITS)), budgetClock);
        budget = new Target("BudgetFunction", tables.name("BudgetTable"), budgetCalls, budgetHandler, budgetHandler.api().routeKeys(), "budget");
        budget.setUp("budget", "staff-create-round", "staff-update-round", "staff-add-proposal", "staff-add-second-proposal",
                "staff-add-third-proposal", "staff-open-round", "staff-import-round");
        new DynamoBudgetStore(tables.client(), tables.name("BudgetTable")).addCodes("demo-schalkwijk", "demo",
                List.of(new Secrets(TestTables.TEST_SECRET).hash("voting-code:demo-schalkwijk", "ABCDEFGHJKMNPQRS")),
                Instant.parse("2027-05-14T16:00:00Z"));
        budget.setUp("budget", "cast-ballot");

        TestClock spreekuurClock = new TestClock(Instant.parse("2027-03-22T10:00:00Z"));
        RequestCounter spreekuurCalls = new RequestCounter();
        SpreekuurHandler spreekuurHandler = new SpreekuurHandler(tables.environmentOf("SpreekuurFunction"), tables.clientWith(List.of(spreekuurCalls, LIMITS)), spreekuurClock);
        spreekuur = new Target("SpreekuurFunction", tables.name("SpreekuurTable"), spreekuurCalls, spreekuurHandler, spreekuurHandler.api().routeKeys(), "spreekuur");
        spreekuur.setUp("spreekuur", "staff-save-host", "staff-create-slot", "staff-create-series", "book", "staff-feed-token");

        TestClock indicatorsClock = new TestClock(Instant.parse("2027-03-01T10:00:00Z"));
        RequestCounter indicatorsCalls = new RequestCounter();
        IndicatorsHandler indicatorsHandler = new IndicatorsHandler(recentChangesOnly(tables.environmentOf("IndicatorsFunction")), tables.clientWith(List.of(indicatorsCalls, LIMITS)), indicatorsClock);
        indicators = new Target("IndicatorsFunction", tables.name("IndicatorsTable"), indicatorsCalls, indicatorsHandler, indicatorsHandler.api().routeKeys(), "indicators");
        indicators.setUp("indicators", "staff-open-survey-round", "staff-survey-tokens", "survey-respond", "staff-run-indicators");
    }

    /** The first aggregation reads changes day by day from its start date: from the day before, not from 2025. */
    private static Environment recentChangesOnly(Environment environment) {
        Map<String, String> variables = new LinkedHashMap<>(environment.variables());
        variables.put("CHANGES_START_DATE", "2027-02-28");
        return new Environment(variables);
    }

    @AfterContainer
    static void tearDown() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    /** {@value #TRIES_PER_ROUTE} tries for each of the 72 routes there were when this was written: about 75 seconds on 2 cores. */
    @Property(tries = 72 * TRIES_PER_ROUTE, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void everyRouteAnswersHostileInputSafely(@ForAll("requests") Tuple.Tuple2<Target, HostileRequest> call) {
        Statistics.label("route").collect(call.get2().routeKey());
        Statistics.label("route").coverage(coverage -> Stream.of(participation, budget, spreekuur, indicators)
                .flatMap(each -> each.routeKeys.stream()).forEach(route -> coverage.check(route).count(n -> n >= 1)));
        answersSafely(call.get1(), call.get2());
    }

    /**
     * Beside the sampling, a sweep: every field of every sample body taken out, then set to null, to empty text, zero,
     * minus one, an empty list, a list of null, an empty object and a value of another kind, one field at a time, on
     * the sample's own path, so that the checks behind "not found" are reached. These are the likeliest ways for a check
     * to meet a value it did not expect, and sampling tries each field with each of them only now and then. Every
     * answer that breaks a rule is reported at once.
     */
    @Example
    void everySampleFieldInTurnIsAnsweredSafely() {
        OpenApiContract contract = OpenApiContract.ofRepository();
        Iterator<String> sources = Stream.iterate(1, n -> n + 1).map(n -> "2001:db8:5::" + Integer.toHexString(n)).iterator();
        int sent = 0;
        List<String> faults = new ArrayList<>();
        for (Target target : List.of(participation, budget, spreekuur, indicators, panelDraws)) {
            HostileRequests requests = new HostileRequests(contract, target.seeds);
            for (String route : target.routeKeys) {
                for (HostileRequest request : requests.eachFieldInTurn(route, sources)) {
                    try {
                        answersSafely(target, request);
                    } catch (AssertionError fault) {
                        // The rule broken, the request and the answer: the first two lines of the assertion's message.
                        faults.add(String.join(" ", fault.getMessage().strip().lines().limit(2).map(String::strip).toList()));
                    }
                    sent++;
                }
            }
        }
        assertThat(faults).as("every answer of the sweep that broke a rule").isEmpty();
        assertThat(sent).as("requests in the sweep").isGreaterThan(2_000);
    }

    /** A route of any function, each as likely as the next, and a hostile request for it. */
    @Provide
    Arbitrary<Tuple.Tuple2<Target, HostileRequest>> requests() {
        OpenApiContract contract = OpenApiContract.ofRepository();
        List<Target> targets = List.of(participation, budget, spreekuur, indicators, panelDraws);
        Map<Target, HostileRequests> generators = new HashMap<>();
        targets.forEach(target -> generators.put(target, new HostileRequests(contract, target.seeds)));
        List<Tuple.Tuple2<Target, String>> routes = targets.stream()
                .flatMap(target -> target.routeKeys.stream().map(route -> Tuple.of(target, route))).toList();
        return Arbitraries.of(routes).flatMap(route ->
                generators.get(route.get1()).forRoute(route.get2()).map(request -> Tuple.of(route.get1(), request)));
    }

    private static void answersSafely(Target target, HostileRequest request) {
        if (target.tables == null) {
            target.tables = snapshot(target);
        }
        TableSnapshot before = target.tables;
        target.calls.reset();
        LIMITS.reset();

        LambdaInvoker.Response response = LambdaInvoker.invoke(target.handler, target.function, event(request));

        // Without a write sent, the table is as it was: scanning it again would only cost time.
        TableSnapshot after = target.calls.writes().isEmpty() ? before : snapshot(target);
        target.tables = after;
        String what = request + "\n  answered " + response.status() + " " + abbreviate(response.body());
        assertThat(response.status()).as("no 5xx: " + what).isLessThan(500);
        assertThat(LIMITS.violations()).as("no request DynamoDB would refuse: " + what).isEmpty();
        if (response.status() >= 400) {
            assertIsProblem(response, request, what);
        }
        if (response.status() >= 400 || request.method().equals("GET")) {
            assertThat(after.differencesFrom(before, item -> KEPT_ON_REFUSAL.stream().anyMatch(item::contains)))
                    .as("nothing stored: " + what).isEmpty();
        }
        if (OpenApiContract.ofRepository().declares(request.routeKey())) {
            assertThat(CONFORMANCE.check(request.routeKey(), response)).as("answer as declared: " + what).isEmpty();
        }
    }

    private static void assertIsProblem(LambdaInvoker.Response response, HostileRequest request, String what) {
        assertThat(response.contentType()).as("problem+json: " + what).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString("")).as("type: " + what).startsWith("urn:stadmaken:problem:");
        assertThat(problem.path("title").asString("")).as("title: " + what).isNotBlank();
        assertThat(problem.path("status").asInt()).as("status: " + what).isEqualTo(response.status());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
        if (problem.path("type").asString("").endsWith(":validation")) {
            assertThat(fields).as("a validation problem names its fields: " + what).isNotEmpty().doesNotContain("");
        }
        if (fields.contains("Idempotency-Key")) {
            return;
        }
        if (request.field() != null && response.status() == 422 && problem.path("type").asString("").endsWith(":validation")) {
            assertThat(fields).as("names " + request.field() + ": " + what)
                    .anyMatch(field -> field.startsWith(request.field()) || request.field().startsWith(field));
        }
        if (request.field() != null && response.status() == 400) {
            assertThat(fields).as("a well-formed body with one wrong field is refused naming that field, not as malformed: " + what)
                    .anyMatch(field -> field.startsWith(request.field()) || request.field().startsWith(field));
        }
    }

    private static String event(HostileRequest request) {
        String routeKey = request.routeKey();
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : request.pathParameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        Map<String, String> claims = routeKey.contains(" /staff/") ? HandlerClient.STAFF : HandlerClient.RESIDENT;
        ObjectNode event = (ObjectNode) JSON.readTree(HttpApiEvents.event(routeKey, path, request.pathParameters(), request.query(),
                request.headers(), request.body(), request.base64(), claims));
        ((ObjectNode) event.path("requestContext").path("http")).put("sourceIp", request.sourceIp());
        return JSON.writeValueAsString(event);
    }

    private static TableSnapshot snapshot(Target target) {
        return TableSnapshot.of(tables.client(), List.of(target.table));
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
