package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.ballot;
import static nl.stadmaken.budget.BudgetFixture.codes;
import static nl.stadmaken.budget.BudgetFixture.openRound;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What one ballot costs in DynamoDB calls: exactly one write, and reads that are gets or queries. */
@ExtendWith(DynamoDbExtension.class)
class RequestCostIT {

    @Test
    void ballotIsExactlyOneWrite(TestTables tables) {
        RequestCounter counter = new RequestCounter();
        TestClock clock = new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5));
        BudgetHandler handler = new BudgetHandler(tables.environmentOf("BudgetFunction"), tables.countingClient(counter), clock);
        HandlerClient client = new HandlerClient(handler, "BudgetFunction", handler.api().routeKeys());
        List<String> proposals = openRound(client, "kosten", "\"maxChoices\": 1,", 1_000_000, 2_000_000);
        List<String> codes = codes(client, "kosten", 2);
        clock.set(BudgetFixture.DURING);
        client.post("/budget/rounds/kosten/ballots", ballot(codes.get(0), List.of(proposals.get(0))), RESIDENT);

        counter.reset();
        client.post("/budget/rounds/kosten/ballots", ballot(codes.get(1), List.of(proposals.get(1))), RESIDENT);

        assertThat(counter.writes()).containsExactly("UpdateItem");
        assertThat(counter.operations()).as("the open round is known; a good code touches no failure count")
                .containsExactly("UpdateItem");
    }
}
