package nl.stadmaken.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.spreekuur.SpreekuurHandler;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestClock;

/** Items the first events find, written through the handlers in-process so they have the shape the functions write. */
final class BenchData {

    static final Instant SIGN_UP_OPEN = Instant.parse("2027-03-01T10:00:00Z");
    static final Instant BEFORE_VOTING = Instant.parse("2027-04-28T10:00:00Z");
    static final Instant DURING_VOTING = Instant.parse("2027-05-03T10:00:00Z");

    private BenchData() {
    }

    static HandlerClient participation(BenchTables tables, Clock clock) {
        ParticipationHandler handler = new ParticipationHandler(tables.functionEnvironment("ParticipationFunction"), tables.client(), clock);
        return new HandlerClient(handler, "ParticipationFunction", handler.api().routeKeys());
    }

    static HandlerClient budget(BenchTables tables, Clock clock) {
        BudgetHandler handler = new BudgetHandler(tables.functionEnvironment("BudgetFunction"), tables.client(), clock);
        return new HandlerClient(handler, "BudgetFunction", handler.api().routeKeys());
    }

    /**
     * Five published trajectories, the sample events' panel with its pool closed (so its draw event can be answered
     * now), an open round with three proposals and one office-hours host.
     */
    static void seed(BenchTables tables) {
        HandlerClient participation = participation(tables, new TestClock(SIGN_UP_OPEN));
        for (int i = 1; i <= 5; i++) {
            publishTrajectory(participation, "speelplek-" + i, null);
        }
        closedPanel(tables);
        openRound(budget(tables, new TestClock(BEFORE_VOTING)), "schalkwijk", 3);
        SpreekuurHandler spreekuur = new SpreekuurHandler(tables.functionEnvironment("SpreekuurFunction"), tables.client(), Clock.systemUTC());
        expect(new HandlerClient(spreekuur, "SpreekuurFunction", spreekuur.api().routeKeys()).put("/staff/spreekuur/hosts/de-vries",
                "{\"name\": \"Wethouder De Vries\", \"role\": \"wethouder\", \"topics\": [\"wonen\", \"verkeer\", \"groen\"]}",
                HandlerClient.STAFF), 200, 201);
    }

    /**
     * The panel of {@code events/participation/staff-create-panel.json} with its seed and fourteen sign-ups, its dates
     * moved so that its pool closed ten days ago: a cold start at the real time may draw it.
     */
    private static void closedPanel(BenchTables tables) {
        Instant now = Instant.now();
        TestClock clock = new TestClock(now.minus(30, ChronoUnit.DAYS));
        ParticipationHandler handler = new ParticipationHandler(tables.functionEnvironment("ParticipationFunction"), tables.client(), clock);
        HandlerClient participation = new HandlerClient(handler, "ParticipationFunction", handler.api().routeKeys());
        SampleEvents events = SampleEvents.of("participation");
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String create = events.read("staff-create-panel")
                .replace("2027-02-01T09:00:00+01:00", now.minus(25, ChronoUnit.DAYS).toString())
                .replace("2027-04-01T17:00:00+02:00", now.minus(10, ChronoUnit.DAYS).toString())
                .replace("2027-06-15", today.plusDays(30).toString())
                .replace("2027-07-01", today.plusDays(45).toString());
        for (String event : List.of(create, events.read("staff-fix-panel-seed"), events.read("staff-publish-panel"))) {
            expect(LambdaInvoker.invoke(handler, "ParticipationFunction", event), 200, 201);
        }
        clock.set(now.minus(20, ChronoUnit.DAYS));
        String[] genders = {"vrouw", "man", "anders"};
        String[] ages = {"16-29", "30-49", "50+"};
        for (int i = 0; i < 14; i++) {
            expect(participation.post("/trajectories/demo-wijkpanel/signups", """
                    {"name": "Inwoner %d", "email": "inwoner%d@example.nl", "consent": true,
                     "features": {"geslacht": "%s", "leeftijd": "%s"}, "household": "2035 CD %d"}"""
                    .formatted(i, i, genders[i % 3 == 2 ? i % 2 : i % 3], ages[i % 3], i + 1), HandlerClient.RESIDENT), 201);
        }
    }

    static void publishTrajectory(HandlerClient client, String id, Integer capacity) {
        expect(client.post("/staff/trajectories", """
                {"id": "%s", "title": "Speelplek Oude Stad", "summary": "Samen een nieuwe speelplek ontwerpen.",
                 "wijk": "WK039201", "kind": "trajectory", %s
                 "agreement": {
                   "subject": "Inrichting van de speelplek aan het Kenaupark",
                   "decision": "Het ontwerp van de speelplek",
                   "decidedBy": "college",
                   "level": "adviseren",
                   "openToInfluence": "Speeltoestellen, groen en zitplekken",
                   "fixed": "Budget van 80.000 euro en de locatie",
                   "signUpOpens": "2027-02-01T09:00:00+01:00",
                   "signUpCloses": "2027-04-01T17:00:00+02:00",
                   "decisionDate": "2027-06-15",
                   "feedbackDate": "2027-07-01",
                   "feedbackMethod": "Een bijeenkomst en een brief aan alle deelnemers",
                   "contactName": "Team Participatie",
                   "contactEmail": "participatie@haarlem.nl"
                 }}
                """.formatted(id, capacity == null ? "" : "\"capacity\": " + capacity + ","), HandlerClient.STAFF), 201);
        expect(client.post("/staff/trajectories/" + id + "/publish", null, HandlerClient.STAFF), 200);
    }

    /** Creates an approval round (one to three choices) with the given number of proposals, opens it, returns their ids. */
    static List<String> openRound(HandlerClient client, String id, int proposals) {
        expect(client.post("/staff/budget/rounds", """
                {"id": "%s", "title": "Schalkwijk aan Zet", "area": "Schalkwijk", "budgetCents": 7000000,
                 "ballotKind": "approval", "minChoices": 1, "maxChoices": 3,
                 "opensAt": "2027-05-01T09:00:00+02:00", "closesAt": "2027-05-15T18:00:00+02:00",
                 "tallyRule": "equal-shares"}
                """.formatted(id), HandlerClient.STAFF), 201);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= proposals; i++) {
            ids.add(expect(client.post("/staff/budget/rounds/" + id + "/proposals",
                    "{\"title\": \"Plan " + i + "\", \"costCents\": " + 1_000_000L * i + ", \"initiator\": \"Buurtvereniging\"}",
                    HandlerClient.STAFF), 201).json().path("id").asText());
        }
        expect(client.post("/staff/budget/rounds/" + id + "/open", null, HandlerClient.STAFF), 200);
        return ids;
    }

    /** New voting codes of a round as printed for the mail merge. */
    static List<String> codes(HandlerClient client, String roundId, int count) {
        LambdaInvoker.Response csv = expect(client.post("/staff/budget/rounds/" + roundId + "/codes",
                "{\"count\": " + count + "}", HandlerClient.STAFF), 201);
        return csv.body().lines().skip(1).map(line -> line.split(",")[1].replace("\"", "")).toList();
    }

    static LambdaInvoker.Response expect(LambdaInvoker.Response response, int... statuses) {
        for (int status : statuses) {
            if (response.status() == status) {
                return response;
            }
        }
        throw new IllegalStateException("expected status " + statuses[0] + " but got " + response.status() + ": " + response.body());
    }
}
