package nl.stadmaken.participation;

import java.time.Clock;
import java.time.Instant;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;

/** A participation handler on the test class's tables, at a fixed moment inside the demo sign-up window. */
public final class ParticipationFixture {

    public static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    /** Moves on a millisecond each time it is read, so arrival order is clear and tests stay repeatable. */
    static Clock tickingClock() {
        return new TestClock(NOW);
    }

    private ParticipationFixture() {
    }

    public static ParticipationHandler handler(TestTables tables, Clock clock) {
        return new ParticipationHandler(tables.environmentOf("ParticipationFunction"), tables.client(), clock);
    }

    static HandlerClient client(TestTables tables) {
        return client(tables, tickingClock());
    }

    public static HandlerClient client(TestTables tables, Clock clock) {
        ParticipationHandler handler = handler(tables, clock);
        return new HandlerClient(handler, "ParticipationFunction", handler.api().routeKeys());
    }

    /** A trajectory with a complete agreement whose sign-up window holds {@link #NOW}. */
    public static String completeTrajectory(String id, Integer capacity) {
        return """
                {"id": "%s", "title": "Speelplek Oude Stad", "summary": "Samen een nieuwe speelplek ontwerpen.",
                 "wijk": "WK039201", "kind": "trajectory", %s
                 "agreement": {
                   "subject": "Inrichting van de speelplek aan het Kenaupark",
                   "decision": "Het ontwerp van de speelplek",
                   "decidedBy": "college",
                   "consultedBody": "Wijkplatform Centrum",
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
                """.formatted(id, capacity == null ? "" : "\"capacity\": " + capacity + ",");
    }

    static String signUp(String name, String email) {
        return """
                {"name": "%s", "email": "%s", "wijk": "WK039201", "ageBand": "25-45", "consent": true}
                """.formatted(name, email);
    }

    /** Creates and publishes a complete trajectory; returns its id. */
    static String publishedTrajectory(HandlerClient client, String id, Integer capacity) {
        var created = client.post("/staff/trajectories", completeTrajectory(id, capacity), HandlerClient.STAFF);
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created.body());
        }
        var published = client.post("/staff/trajectories/" + id + "/publish", null, HandlerClient.STAFF);
        if (published.status() != 200) {
            throw new IllegalStateException("publish failed: " + published.body());
        }
        return id;
    }
}
