package nl.stadmaken.spreekuur;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;

/** A spreekuur handler on the test class's tables, in the week before summer time starts (28 March 2027). */
final class SpreekuurFixture {

    static final Instant NOW = Instant.parse("2027-03-22T10:00:00Z");

    private SpreekuurFixture() {
    }

    /** Moves on a millisecond each time it is read, so arrival order is clear and tests stay repeatable. */
    static Clock tickingClock(Instant start) {
        return new TestClock(start);
    }

    static SpreekuurHandler handler(TestTables tables, Clock clock) {
        return new SpreekuurHandler(tables.environmentOf("SpreekuurFunction"), tables.client(), clock);
    }

    static HandlerClient client(TestTables tables) {
        return client(tables, tickingClock(NOW));
    }

    static HandlerClient client(TestTables tables, Clock clock) {
        SpreekuurHandler handler = handler(tables, clock);
        return new HandlerClient(handler, "SpreekuurFunction", handler.api().routeKeys());
    }

    static void host(HandlerClient client, String id) {
        expect(client.put("/staff/spreekuur/hosts/" + id, """
                {"name": "Wethouder %s", "role": "wethouder", "topics": ["wonen", "verkeer"]}
                """.formatted(id), HandlerClient.STAFF), 200);
    }

    /** Creates a slot of the host on a local date and time; returns its id. */
    static String slot(HandlerClient client, String host, String date, String start, int capacity) {
        return expect(client.post("/staff/spreekuur/slots", """
                {"host": "%s", "date": "%s", "start": "%s", "minutes": 20, "location": "stadhuis",
                 "address": "Grote Markt 2, Haarlem", "capacity": %d}
                """.formatted(host, date, start, capacity), HandlerClient.STAFF), 201).path("id").asText();
    }

    static String booking(String name, String email) {
        return """
                {"name": "%s", "email": "%s", "topic": "Parkeren in de wijk", "wijk": "WK039201"}
                """.formatted(name, email);
    }

    static JsonNode expect(LambdaInvoker.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    static String token(String token) {
        return "{\"token\": \"" + token + "\"}";
    }
}
