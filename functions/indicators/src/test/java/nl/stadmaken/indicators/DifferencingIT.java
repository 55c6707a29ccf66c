package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-ups month by month, the job after each: when March turns out small, February's figure, published before, is
 * withheld again with it, so the quarter minus the published months gives no month away.
 */
@ExtendWith(DynamoDbExtension.class)
class DifferencingIT {

    private final TestClock clock = new TestClock(Instant.parse("2027-01-15T10:00:00Z"));
    private final HandlerClient participation;
    private final HandlerClient indicators;
    private final IndicatorJob job;
    private int signUps;

    DifferencingIT(TestTables tables) {
        this.participation = IndicatorsFixture.participation(tables, clock);
        this.indicators = IndicatorsFixture.client(tables, clock);
        this.job = IndicatorsFixture.job(tables, clock);
    }

    @Test
    void aSmallMonthTakesItsPublishedSiblingWithItWhenItCounts() {
        expect(participation.post("/staff/trajectories", """
                {"id": "jaarpanel", "title": "Jaarpanel", "kind": "trajectory",
                 "agreement": {"subject": "Onderwerp", "decision": "Besluit", "decidedBy": "raad",
                   "level": "adviseren", "openToInfluence": "Veel", "fixed": "Weinig",
                   "signUpOpens": "2027-01-01T00:00:00+01:00", "signUpCloses": "2027-12-31T00:00:00+01:00",
                   "decisionDate": "2028-01-15", "feedbackDate": "2028-02-01", "feedbackMethod": "Een brief",
                   "contactName": "Griffie", "contactEmail": "griffie@haarlem.nl"}}
                """, STAFF), 201);
        expect(participation.post("/staff/trajectories/jaarpanel/publish", null, STAFF), 200);
        signUpIn("2027-01-15T10:00:00Z", 10);
        signUpIn("2027-02-15T10:00:00Z", 8);
        assertThat(history("month")).containsEntry("2027-02", "8");

        signUpIn("2027-03-15T10:00:00Z", 2);

        Map<String, String> months = history("month");
        assertThat(months).containsEntry("2027-01", "10").containsEntry("2027-02", "withheld").containsEntry("2027-03", "withheld");
        assertThat(history("quarter")).containsEntry("2027-Q1", "20");
    }

    private void signUpIn(String moment, int count) {
        clock.set(Instant.parse(moment));
        for (int i = 0; i < count; i++) {
            expect(participation.post("/trajectories/jaarpanel/signups", """
                    {"name": "Bewoner", "email": "bewoner%d@example.nl", "wijk": "WK039201", "consent": true}
                    """.formatted(signUps++), RESIDENT), 201);
        }
        job.run();
    }

    /** The public overall sign-up figure of every period of a kind: its count, or that it is withheld. */
    private Map<String, String> history(String kind) {
        JsonNode history = expect(indicators.get("/indicators/signups/history?period=" + kind, RESIDENT), 200).json().path("history");
        Map<String, String> figures = new HashMap<>();
        history.forEach(entry -> figures.put(entry.path("period").asText(), entry.path("figure").path("suppressed").asBoolean()
                ? "withheld" : entry.path("figure").path("count").asText()));
        return figures;
    }
}
