package nl.stadmaken.budget;

import java.time.Clock;
import java.time.Instant;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestTables;

/** A budget handler on the test class's tables, on a clock the test moves. */
final class BudgetFixture {

    static final Instant OPENS = Instant.parse("2027-05-01T07:00:00Z");
    static final Instant DURING = Instant.parse("2027-05-03T10:00:00Z");
    static final Instant AFTER = Instant.parse("2027-05-15T16:00:00Z");

    private BudgetFixture() {
    }

    static BudgetHandler handler(TestTables tables, Clock clock) {
        return new BudgetHandler(tables.environmentOf("BudgetFunction"), tables.client(), clock);
    }

    static HandlerClient client(TestTables tables, Clock clock) {
        BudgetHandler handler = handler(tables, clock);
        return new HandlerClient(handler, "BudgetFunction", handler.api().routeKeys());
    }

    static String round(String id, String kind, String extra) {
        return """
                {"id": "%s", "title": "Schalkwijk aan Zet", "area": "Schalkwijk", "budgetCents": 7000000,
                 "ballotKind": "%s", %s
                 "opensAt": "2027-05-01T09:00:00+02:00", "closesAt": "2027-05-15T18:00:00+02:00",
                 "tallyRule": "equal-shares"}
                """.formatted(id, kind, extra);
    }

    static String proposal(String title, long costCents) {
        return "{\"title\": \"" + title + "\", \"costCents\": " + costCents + ", \"initiator\": \"Buurtvereniging\"}";
    }

    /** Creates an approval round with the given proposal costs, opens it and returns the proposal ids. */
    static java.util.List<String> openRound(HandlerClient client, String id, String extra, long... costs) {
        expect(client.post("/staff/budget/rounds", round(id, "approval", extra), HandlerClient.STAFF), 201);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            ids.add(expect(client.post("/staff/budget/rounds/" + id + "/proposals", proposal("Plan " + (i + 1), costs[i]), HandlerClient.STAFF), 201)
                    .json().path("id").asText());
        }
        expect(client.post("/staff/budget/rounds/" + id + "/open", null, HandlerClient.STAFF), 200);
        return ids;
    }

    static java.util.List<String> codes(HandlerClient client, String roundId, int count) {
        var csv = expect(client.post("/staff/budget/rounds/" + roundId + "/codes", "{\"count\": " + count + "}", HandlerClient.STAFF), 201);
        return csv.body().lines().skip(1).map(line -> line.split(",")[1].replace("\"", "")).toList();
    }

    static String ballot(String code, java.util.List<String> proposals) {
        return "{\"code\": \"" + code + "\", \"proposals\": [" + String.join(", ", proposals.stream().map(p -> "\"" + p + "\"").toList()) + "]}";
    }

    static LambdaInvoker.Response expect(LambdaInvoker.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
