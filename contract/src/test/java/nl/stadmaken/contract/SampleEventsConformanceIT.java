package nl.stadmaken.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.budget.RoundCloser;
import nl.stadmaken.budget.store.DynamoBudgetStore;
import nl.stadmaken.indicators.IndicatorJob;
import nl.stadmaken.indicators.IndicatorsHandler;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.participation.draw.PanelDrawHandler;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.spreekuur.DailyReminders;
import nl.stadmaken.spreekuur.SpreekuurHandler;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.IamActions;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.SamTemplate;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every sample event through its function's handler, in the order of that function's own SampleEventsIT, and
 * checks each answer against {@code openapi.yaml}: its status must be declared for the route, its content type too,
 * and its body must match the declared schema. A few calls follow up on tokens the events hand out, so routes whose
 * sample events only fail are seen answering as well.
 */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsConformanceIT {

    private static final String TOKEN_BODY = "{\"token\": \"%s\"}";
    private static final String PANEL_SIGN_UP = """
            {"name": "Inwoner %d", "email": "inwoner%d@example.nl", "consent": true,
             "features": {"geslacht": "%s", "leeftijd": "%s"}, "household": "2035 CD %d"}""";
    private static final String SURVEY_ANSWER = "{\"round\": \"qsld-2027\", \"group\": \"%s\", \"answers\": {\"1.1\": %d}%s}";

    private final TestTables tables;
    private final ResponseConformance conformance = new ResponseConformance(OpenApiContract.ofRepository());

    SampleEventsConformanceIT(TestTables tables) {
        this.tables = tables;
    }

    /** Inside the demo trajectory's sign-up window. */
    @Test
    void participationAnswersAsDeclared() {
        TestClock clock = new TestClock(Instant.parse("2027-03-01T10:00:00Z"));
        IamActions calls = new IamActions();
        IamActions drawCalls = new IamActions();
        ParticipationHandler handler = new ParticipationHandler(tables.environmentOf("ParticipationFunction"), tables.clientWith(List.of(calls)), clock);
        Replay replay = new Replay(handler, "ParticipationFunction", handler.api().routeKeys(), "participation", conformance);

        replay.event("staff-create-trajectory", 201);
        replay.event("staff-create-trajectory-invalid", 422);
        replay.event("staff-update-trajectory", 200);
        replay.event("staff-publish-trajectory", 200);
        replay.event("staff-get-trajectory", 200);
        replay.event("staff-list-trajectories", 200);
        replay.event("list-wijken", 200);
        replay.event("list-trajectories", 200);
        replay.event("list-trajectories-by-wijk", 200);
        replay.event("list-trajectories-bad-status", 422);
        replay.event("get-trajectory", 200);
        replay.event("get-trajectory-unknown", 404);
        LambdaInvoker.Response signUp = replay.event("signup", 201);
        replay.event("signup-duplicate-email", 409);
        replay.event("signup-missing-consent", 422);
        replay.event("signup-malformed-json", 400);
        replay.event("signup-wrong-media-type", 415);
        replay.event("withdraw-invalid-token", 422);
        replay.event("withdraw-unknown-token", 404);
        replay.event("staff-list-signups", 200);
        replay.event("staff-export-signups", 200);
        replay.event("staff-route-without-token", 401);
        replay.event("staff-close-trajectory", 200);
        replay.event("signup-closed", 409);
        replay.event("staff-record-feedback", 200);
        replay.event("staff-record-feedback-invalid", 422);
        replay.call("POST", "/withdrawals", TOKEN_BODY.formatted(signUp.json().path("withdrawalToken").asText()),
                HandlerClient.RESIDENT, 200);
        replay.call("GET", "/staff/trajectories/demo-speelplek/signups", null, HandlerClient.STAFF, 200);

        replay.event("staff-create-panel", 201);
        replay.event("staff-fix-panel-seed", 200);
        replay.event("staff-fix-panel-seed-invalid", 422);
        replay.event("staff-publish-panel", 200);
        replay.event("signup-panel", 201);
        replay.event("signup-panel-missing-feature", 422);
        replay.event("get-panel", 200);
        replay.event("get-panel-draw-unknown", 404);
        replay.event("staff-get-panel-draw-unknown", 404);
        replay.event("staff-panel-outbox", 200);
        replay.event("staff-panel-pool-not-drawn", 404);
        replay.event("staff-panel-quotas-not-drawn", 404);
        List<String> withdrawalTokens = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            withdrawalTokens.add(replay.call("POST", "/trajectories/demo-wijkpanel/signups", PANEL_SIGN_UP.formatted(i, i,
                    i % 2 == 0 ? "vrouw" : "man", List.of("16-29", "30-49", "50+").get(i % 3), i + 1), HandlerClient.RESIDENT, 201)
                    .json().path("withdrawalToken").asText());
        }
        clock.set(Instant.parse("2027-04-02T09:00:00Z"));

        PanelDrawHandler drawHandler = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.clientWith(List.of(drawCalls)), clock);
        Replay draws = new Replay(drawHandler, "PanelDrawFunction", drawHandler.api().routeKeys(), "panel-draw", conformance);
        draws.event("staff-route-without-token", 401);
        draws.event("staff-draw-panel-invalid", 422);
        draws.event("staff-draw-panel", 201);
        draws.event("staff-draw-replacements-none-withdrawn", 409);
        replay.call("GET", "/trajectories/demo-wijkpanel/panel", null, HandlerClient.RESIDENT, 200);
        replay.call("GET", "/trajectories/demo-wijkpanel/panel/draws/1", null, HandlerClient.RESIDENT, 200);
        var members = replay.call("GET", "/staff/trajectories/demo-wijkpanel/panel/draws/1", null, HandlerClient.STAFF, 200)
                .json().path("members");
        replay.call("GET", "/staff/trajectories/demo-wijkpanel/panel/outbox", null, HandlerClient.STAFF, 200);
        replay.call("GET", "/staff/trajectories/demo-wijkpanel/panel/pool", null, HandlerClient.STAFF, 200);
        replay.call("GET", "/staff/trajectories/demo-wijkpanel/panel/quotas", null, HandlerClient.STAFF, 200);
        String leaving = StreamSupport.stream(members.spliterator(), false)
                .map(member -> member.path("signUp").path("email").asText()).filter(email -> email.startsWith("inwoner"))
                .findFirst().orElseThrow();
        String token = withdrawalTokens.get(Integer.parseInt(leaving.substring("inwoner".length(), leaving.indexOf('@'))));
        replay.call("POST", "/withdrawals", TOKEN_BODY.formatted(token), HandlerClient.RESIDENT, 200);
        draws.call("POST", "/staff/trajectories/demo-wijkpanel/panel/draws/1/replacements", null, HandlerClient.STAFF, 201);

        assertConforms(replay);
        assertConforms(draws);
        assertAllowed("ParticipationFunction", calls);
        assertAllowed("PanelDrawFunction", drawCalls);
    }

    /** The week before summer time starts; the demo slots are on Monday 29 March 2027. */
    @Test
    void spreekuurAnswersAsDeclared() {
        IamActions calls = new IamActions();
        SpreekuurHandler handler = new SpreekuurHandler(tables.environmentOf("SpreekuurFunction"), tables.clientWith(List.of(calls)),
                new TestClock(Instant.parse("2027-03-22T10:00:00Z")));
        Replay replay = new Replay(handler, "SpreekuurFunction", handler.api().routeKeys(), "spreekuur", conformance);

        replay.event("staff-save-host", 200);
        replay.event("staff-save-host-invalid", 422);
        replay.event("staff-list-hosts", 200);
        replay.event("list-hosts", 200);
        replay.event("staff-create-slot", 201);
        replay.event("staff-create-slot-dst-gap", 422);
        replay.event("staff-create-series", 201);
        replay.event("staff-create-series-invalid", 422);
        replay.event("list-slots", 200);
        replay.event("list-slots-bad-location", 422);
        String manageToken = replay.event("book", 201).json().path("manageToken").asText();
        replay.event("book-full", 409);
        replay.event("book-invalid", 422);
        replay.event("book-malformed-json", 400);
        replay.event("book-wrong-media-type", 415);
        replay.event("book-unknown-slot", 404);
        replay.event("staff-book-on-behalf", 201);
        replay.event("lookup-unknown-token", 404);
        replay.event("lookup-invalid-token", 422);
        replay.event("cancel-unknown-token", 404);
        replay.event("move-invalid-token", 422);
        replay.event("calendar-unknown-token", 404);
        replay.event("feed-unknown-token", 404);
        String feedPath = replay.event("staff-feed-token", 201).json().path("path").asText();
        replay.call("GET", feedPath, null, HandlerClient.RESIDENT, 200);
        replay.call("POST", "/spreekuur/bookings/lookup", TOKEN_BODY.formatted(manageToken), HandlerClient.RESIDENT, 200);
        replay.call("POST", "/spreekuur/bookings/calendar", TOKEN_BODY.formatted(manageToken), HandlerClient.RESIDENT, 200);
        replay.call("POST", "/spreekuur/bookings/move",
                "{\"token\": \"%s\", \"slotId\": \"demo-wethouder-20270329-1330\"}".formatted(manageToken), HandlerClient.RESIDENT, 200);
        replay.event("staff-agenda", 200);
        replay.event("staff-agenda-missing-host", 422);
        replay.event("staff-outbox", 200);
        replay.event("staff-route-without-token", 401);
        replay.event("staff-cancel-slot", 200);
        replay.event("staff-cancel-unknown-slot", 404);
        replay.call("POST", "/spreekuur/bookings/cancel", TOKEN_BODY.formatted(manageToken), HandlerClient.RESIDENT, 200);
        replay.call("POST", "/spreekuur/bookings/lookup", TOKEN_BODY.formatted(manageToken), HandlerClient.RESIDENT, 200);

        assertConforms(replay);
        assertAllowed("SpreekuurFunction", calls);
        IamActions reminderCalls = new IamActions();
        LambdaInvoker.invoke(new DailyReminders(tables.environmentOf("SpreekuurRemindersFunction"), tables.clientWith(List.of(reminderCalls)),
                new TestClock(Instant.parse("2027-03-28T15:00:00Z"))), "SpreekuurRemindersFunction", "{}");
        assertAllowed("SpreekuurRemindersFunction", reminderCalls);
    }

    /**
     * First while voting is open, then after the window has closed. Once the round opens, the demo code
     * {@code ABCD-EFGH-JKMN-PQRS} is stored as the staff's mail merge would have it.
     */
    @Test
    void budgetAnswersAsDeclared() {
        Instant closesAt = Instant.parse("2027-05-15T16:00:00Z");
        TestClock clock = new TestClock(Instant.parse("2027-05-03T10:00:00Z"));
        IamActions calls = new IamActions();
        BudgetHandler handler = new BudgetHandler(tables.environmentOf("BudgetFunction"), tables.clientWith(List.of(calls)), clock);
        Replay replay = new Replay(handler, "BudgetFunction", handler.api().routeKeys(), "budget", conformance);

        replay.event("staff-create-round", 201);
        replay.event("staff-create-round-invalid", 422);
        replay.event("staff-update-round", 200);
        replay.event("staff-add-proposal", 201);
        replay.event("staff-add-second-proposal", 201);
        replay.event("staff-add-third-proposal", 201);
        replay.event("staff-add-proposal-invalid", 422);
        replay.event("staff-update-proposal", 200);
        replay.event("staff-delete-proposal", 200);
        replay.event("staff-get-round", 200);
        replay.event("staff-list-rounds", 200);
        replay.event("staff-open-round", 200);
        new DynamoBudgetStore(tables.client(), tables.name("BudgetTable")).addCodes("demo-schalkwijk", "demo",
                List.of(new Secrets(TestTables.TEST_SECRET).hash("voting-code:demo-schalkwijk", "ABCDEFGHJKMNPQRS")),
                closesAt.minusSeconds(86_400));
        replay.event("staff-add-proposal-after-open", 409);
        replay.event("staff-generate-codes", 201);
        replay.event("staff-generate-codes-invalid", 422);
        replay.event("list-rounds", 200);
        replay.event("get-round", 200);
        replay.event("get-round-unknown", 404);
        replay.event("cast-ballot", 201);
        replay.event("cast-ballot-breaks-rules", 422);
        replay.event("cast-ballot-unknown-code", 403);
        replay.event("cast-ballot-malformed", 422);
        replay.event("look-up-ballot", 200);
        replay.event("look-up-ballot-unknown-code", 403);
        replay.event("get-results-while-open", 404);
        replay.event("get-receipts-while-open", 404);
        replay.event("staff-get-results-while-open", 404);
        replay.event("staff-close-round-too-early", 409);
        replay.event("staff-export-while-open", 409);
        replay.event("staff-route-without-token", 401);
        replay.event("staff-import-round", 201);
        replay.event("staff-import-round-invalid", 422);

        clock.set(closesAt);
        replay.event("staff-close-round", 200);
        replay.event("staff-publish-round", 200);
        replay.event("get-results", 200);
        replay.event("get-receipts", 200);
        replay.event("staff-get-results", 200);
        replay.event("staff-export-round", 200);

        assertConforms(replay);
        assertAllowed("BudgetFunction", calls);
        IamActions closerCalls = new IamActions();
        LambdaInvoker.invoke(new RoundCloser(tables.environmentOf("BudgetCloserFunction"), tables.clientWith(List.of(closerCalls)), clock),
                "BudgetCloserFunction", "{}");
        assertAllowed("BudgetCloserFunction", closerCalls);
    }

    /**
     * Inside the sample round qsld-2027. The job reads changes from the day before and does not wait for them to
     * settle, as in the function's own tests; six residents and a councillor answer, so the public figures hold both
     * published means and withheld cells.
     */
    @Test
    void indicatorsAnswerAsDeclared() {
        TestClock clock = new TestClock(Instant.parse("2027-03-01T10:00:00Z"));
        Map<String, String> environment = new HashMap<>(tables.environmentOf("IndicatorsFunction").variables());
        environment.put("CHANGES_SETTLE_SECONDS", "0");
        environment.put("CHANGES_START_DATE", "2027-02-28");
        IamActions calls = new IamActions();
        IndicatorsHandler handler = new IndicatorsHandler(new Environment(environment), tables.clientWith(List.of(calls)), clock);
        Replay replay = new Replay(handler, "IndicatorsFunction", handler.api().routeKeys(), "indicators", conformance);

        replay.call("GET", "/indicators", null, HandlerClient.RESIDENT, 404);
        replay.event("survey-questions", 200);
        replay.event("staff-open-survey-round", 201);
        replay.event("staff-open-survey-round-invalid", 422);
        replay.event("staff-list-survey-rounds", 200);
        String token = replay.event("staff-survey-tokens", 201).json().path("tokens").get(0).asText();
        replay.call("GET", "/survey/questions", null, HandlerClient.RESIDENT, 200);
        replay.event("survey-respond", 201);
        replay.call("POST", "/survey/responses", SURVEY_ANSWER.formatted("inwoner", 2, ", \"token\": \"" + token + "\""),
                HandlerClient.RESIDENT, 201);
        for (int score = 1; score <= 4; score++) {
            replay.call("POST", "/survey/responses", SURVEY_ANSWER.formatted("inwoner", score, ""), HandlerClient.RESIDENT, 201);
        }
        replay.call("POST", "/survey/responses", SURVEY_ANSWER.formatted("raadslid", 5, ""), HandlerClient.RESIDENT, 201);
        replay.event("survey-respond-out-of-scale", 422);
        replay.event("survey-respond-unknown-round", 404);
        replay.event("survey-respond-wrong-token", 403);
        replay.event("staff-run-indicators", 200);
        replay.event("staff-run-indicators-bad-period", 422);
        replay.event("list-indicators", 200);
        replay.event("list-indicators-csv", 200);
        replay.event("list-indicators-bad-period", 422);
        replay.event("indicator-catalogue", 200);
        replay.event("indicator-history", 200);
        replay.call("GET", "/indicators/qsld-1.1/history?period=quarter&format=csv", null, HandlerClient.RESIDENT, 200);
        replay.event("indicator-history-unknown", 404);
        replay.event("staff-list-indicators", 200);
        replay.event("staff-get-population", 200);
        replay.event("staff-replace-population", 200);
        replay.event("staff-replace-population-invalid", 422);
        replay.event("staff-route-without-token", 401);
        replay.event("staff-close-survey-round", 200);
        replay.event("survey-respond-closed", 409);
        replay.call("POST", "/staff/survey/rounds/qsld-2027/tokens", "{\"count\": 1}", HandlerClient.STAFF, 409);

        assertConforms(replay);
        assertAllowed("IndicatorsFunction", calls);
        IamActions jobCalls = new IamActions();
        clock.set(Instant.parse("2027-03-02T02:30:00Z"));
        Map<String, String> jobEnvironment = new HashMap<>(tables.environmentOf("IndicatorJobFunction").variables());
        jobEnvironment.put("CHANGES_SETTLE_SECONDS", "0");
        jobEnvironment.put("CHANGES_START_DATE", "2027-02-28");
        new IndicatorJob(new Environment(jobEnvironment), tables.clientWith(List.of(jobCalls)), clock).run();
        assertAllowed("IndicatorJobFunction", jobCalls);
    }

    /** The function's IAM policy allows every DynamoDB operation its handler made: AWS would refuse the others. */
    private static void assertAllowed(String function, IamActions calls) {
        assertThat(calls.actions()).as(function + " made these calls").isNotEmpty();
        assertThat(SamTemplate.ofRepository().allowedActions(function)).as(function + "'s policy").containsAll(calls.actions());
    }

    private static void assertConforms(Replay replay) {
        assertThat(replay.notReplayed()).as("sample events this test does not replay").isEmpty();
        assertThat(replay.findings()).as("answers against expectation or contract").isEmpty();
    }
}
