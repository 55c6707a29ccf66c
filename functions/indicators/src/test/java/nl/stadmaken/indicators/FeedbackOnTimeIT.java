package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff record feedback through the participation function; the job counts per promised day whether it came in time,
 * and a later record is read as the one change it is.
 */
@ExtendWith(DynamoDbExtension.class)
class FeedbackOnTimeIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 15);
    private final TestClock clock = new TestClock(Instant.parse("2027-06-15T10:00:00Z"));
    private final HandlerClient participation;
    private final HandlerClient indicators;
    private final IndicatorJob job;

    FeedbackOnTimeIT(TestTables tables) {
        this.participation = IndicatorsFixture.participation(tables, clock);
        this.indicators = IndicatorsFixture.client(tables, clock);
        this.job = IndicatorsFixture.job(tables, clock);
    }

    @Test
    void shareOfPromisesKeptFollowsRecordedFeedback() {
        publish("gisteren-beloofd", TODAY.minusDays(1));
        publish("vandaag-beloofd", TODAY);
        publish("eergisteren-beloofd", TODAY.minusDays(2));
        publish("volgende-week", TODAY.plusDays(5));
        publish("ook-volgende-week", TODAY.plusDays(5));
        publish("volgende-maand", TODAY.plusDays(20));
        recordFeedback("gisteren-beloofd");
        recordFeedback("vandaag-beloofd");
        recordFeedback("volgende-week");

        job.run();

        // The promise of next month gives that month a snapshot already; the dashboard still shows this month's.
        assertThat(expect(indicators.get("/indicators/feedback-on-time-share/history?period=month", RESIDENT), 200).json()
                .path("history").findValuesAsText("period")).contains("2027-06", "2027-07");
        // Settled: two days passed (one answered late, one not at all), one kept today and one kept early; one still open.
        JsonNode share = share();
        assertThat(share.path("value").asDouble()).isEqualTo(2.0 / 4);
        assertThat(share.path("count").asLong()).isEqualTo(2);

        recordFeedback("eergisteren-beloofd");
        recordFeedback("ook-volgende-week");
        AggregationRun.Report second = job.run();

        assertThat(second.itemsRead()).as("the two trajectories whose feedback was recorded").isEqualTo(2);
        assertThat(share().path("value").asDouble()).isEqualTo(3.0 / 5);
    }

    private JsonNode share() {
        JsonNode snapshot = expect(indicators.get("/staff/indicators?period=month", STAFF), 200).json();
        assertThat(snapshot.path("period").asText()).isEqualTo("2027-06");
        for (JsonNode entry : snapshot.path("indicators")) {
            if (entry.path("id").asText().equals("feedback-on-time-share")) {
                return entry.path("figures").get(0);
            }
        }
        throw new AssertionError("no feedback-on-time-share in " + snapshot);
    }

    private void recordFeedback(String id) {
        expect(participation.post("/staff/trajectories/" + id + "/feedback", "{\"givenOn\": \"" + TODAY + "\"}", STAFF), 200);
    }

    private void publish(String id, LocalDate feedbackDate) {
        IndicatorsFixture.publishTrajectory(participation, id, "\"kind\": \"trajectory\",", Instant.parse("2027-06-01T07:00:00Z"),
                Instant.parse("2027-06-30T15:00:00Z"), feedbackDate, feedbackDate);
    }
}
