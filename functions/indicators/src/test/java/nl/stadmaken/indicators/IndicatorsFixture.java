package nl.stadmaken.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.stadmaken.indicators.domain.SurveyDesk;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.TestTables;

/** Handlers of the indicators function on the test class's tables; the job reads changes from yesterday on, at once. */
final class IndicatorsFixture {

    private IndicatorsFixture() {
    }

    /**
     * Follows the system clock (a millisecond further at each reading at least), because one write of the other
     * functions (a new office-hours slot) is stamped with the system clock.
     */
    static Clock realTimeClock() {
        AtomicLong last = new AtomicLong();
        return new Clock() {
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return Instant.ofEpochMilli(last.updateAndGet(previous -> Math.max(System.currentTimeMillis(), previous + 1)));
            }
        };
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), SurveyDesk.CITY);
    }

    static Environment environment(TestTables tables, String function, Clock clock) {
        Map<String, String> variables = new HashMap<>(tables.environmentOf(function).variables());
        variables.put("CHANGES_SETTLE_SECONDS", "0");
        variables.put("CHANGES_START_DATE", today(clock).minusDays(1).toString());
        return new Environment(variables);
    }

    static IndicatorsHandler handler(TestTables tables, Clock clock) {
        return new IndicatorsHandler(environment(tables, "IndicatorsFunction", clock), tables.client(), clock);
    }

    static HandlerClient client(TestTables tables, Clock clock) {
        IndicatorsHandler handler = handler(tables, clock);
        return new HandlerClient(handler, "IndicatorsFunction", handler.api().routeKeys());
    }

    static HandlerClient participation(TestTables tables, Clock clock) {
        ParticipationHandler handler = new ParticipationHandler(tables.environmentOf("ParticipationFunction"), tables.client(), clock);
        return new HandlerClient(handler, "ParticipationFunction", handler.api().routeKeys());
    }

    /**
     * Creates and publishes a trajectory with a complete agreement. {@code kind} is its kind and what goes with it
     * (for example {@code "kind": "panel", "panel": {...},}), ending in a comma.
     */
    static void publishTrajectory(HandlerClient participation, String id, String kind, Instant signUpOpens, Instant signUpCloses,
                                  LocalDate decisionDate, LocalDate feedbackDate) {
        expect(participation.post("/staff/trajectories", """
                {"id": "%s", "title": "Traject %s", %s
                 "agreement": {"subject": "Onderwerp", "decision": "Besluit", "decidedBy": "college",
                   "level": "adviseren", "openToInfluence": "Veel", "fixed": "Weinig",
                   "signUpOpens": "%s", "signUpCloses": "%s", "decisionDate": "%s", "feedbackDate": "%s",
                   "feedbackMethod": "Een brief", "contactName": "Team Participatie", "contactEmail": "participatie@haarlem.nl"}}
                """.formatted(id, id, kind, signUpOpens, signUpCloses, decisionDate, feedbackDate), HandlerClient.STAFF), 201);
        expect(participation.post("/staff/trajectories/" + id + "/publish", null, HandlerClient.STAFF), 200);
    }

    static IndicatorJob job(TestTables tables, Clock clock) {
        return new IndicatorJob(environment(tables, "IndicatorJobFunction", clock), tables.client(), clock);
    }

    /** A trajectory open for sign-up now, so that a run has a changed item to read, and a job whose requests are counted. */
    static IndicatorJob jobWithWork(TestTables tables, String trajectoryId, Clock clock, RequestCounter counter) {
        LocalDate today = today(clock);
        publishTrajectory(participation(tables, clock), trajectoryId, "\"kind\": \"trajectory\",", Instant.now().minusSeconds(3_600),
                Instant.now().plusSeconds(86_400), today.plusDays(30), today.plusDays(60));
        return new IndicatorJob(environment(tables, "IndicatorJobFunction", clock), tables.countingClient(counter), clock);
    }

    static String surveyRound(String id, LocalDate today, boolean tokens) {
        return """
                {"id": "%s", "title": "QSLD-meting", "opensOn": "%s", "closesOn": "%s", "tokensRequired": %s}
                """.formatted(id, today.minusDays(1), today.plusDays(30), tokens);
    }

    static String response(String round, String group, int score) {
        return """
                {"round": "%s", "group": "%s", "answers": {"1.1": %d, "2.3": 4}, "wijk": "WK039201", "ageBand": "25-45"}
                """.formatted(round, group, score);
    }

    static LambdaInvoker.Response expect(LambdaInvoker.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
