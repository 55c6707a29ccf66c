package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.openRound;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class RoundCloserIT {

    @Test
    void scheduleClosesAndCountsOnlyRoundsWhoseWindowHasPassed(TestTables tables) throws Exception {
        TestClock clock = new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5));
        HandlerClient client = BudgetFixture.client(tables, clock);
        openRound(client, "op-tijd", "\"maxChoices\": 1,", 1_000_000, 2_000_000);
        RoundCloser closer = new RoundCloser(tables.environmentOf("BudgetCloserFunction"), tables.client(), clock);
        String event = SampleEvents.of("budget").read("schedule-close-rounds");

        clock.set(BudgetFixture.DURING);
        assertThat(run(closer, event)).contains("\"closed\":[]");
        clock.set(BudgetFixture.AFTER);
        assertThat(run(closer, event)).contains("\"closed\":[\"op-tijd\"]");

        assertThat(client.get("/staff/budget/rounds/op-tijd", STAFF).json().path("status").asText()).isEqualTo("closed");
        assertThat(client.get("/staff/budget/rounds/op-tijd/results", STAFF).status()).isEqualTo(200);
    }

    @Test
    void snapStartPrimingReadsTheDueRoundsAndClosesNone(TestTables tables) throws Exception {
        TestClock clock = new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5));
        HandlerClient client = BudgetFixture.client(tables, clock);
        openRound(client, "geoefend", "\"maxChoices\": 1,", 1_000_000, 2_000_000);
        clock.set(BudgetFixture.AFTER);
        RequestCounter counter = new RequestCounter();
        RoundCloser closer = new RoundCloser(tables.environmentOf("BudgetCloserFunction"), tables.countingClient(counter), clock);

        closer.priming().rehearse();

        assertThat(counter.operations()).as("the open rounds' query, nothing written").containsExactly("Query");
        assertThat(client.get("/staff/budget/rounds/geoefend", STAFF).json().path("status").asText()).isEqualTo("open");
        assertThat(run(closer, SampleEvents.of("budget").read("schedule-close-rounds"))).contains("\"geoefend\"");
    }

    private static String run(RoundCloser closer, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        closer.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
