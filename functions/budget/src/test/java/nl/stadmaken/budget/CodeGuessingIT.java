package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.ballot;
import static nl.stadmaken.budget.BudgetFixture.codes;
import static nl.stadmaken.budget.BudgetFixture.openRound;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Its own class, so the refused source does not spill into other tests' tables. */
@ExtendWith(DynamoDbExtension.class)
class CodeGuessingIT {

    private final TestTables tables;
    private final TestClock clock = new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5));
    private final HandlerClient client;

    CodeGuessingIT(TestTables tables) {
        this.tables = tables;
        this.client = BudgetFixture.client(tables, clock);
    }

    @Test
    void repeatedWrongCodesFromOneSourceAreRefusedWithRetryAfterButAGoodCodeStillVotes() {
        List<String> proposals = openRound(client, "raden", "\"maxChoices\": 1,", 1_000_000, 2_000_000);
        String good = codes(client, "raden", 1).get(0);
        clock.set(BudgetFixture.DURING);

        // ten wrong codes in a quarter of an hour are each refused; the eleventh is answered with a wait
        for (int i = 0; i < 10; i++) {
            assertThat(client.post("/budget/rounds/raden/ballots", ballot(wrong(i), List.of(proposals.get(0))), RESIDENT).status())
                    .isEqualTo(403);
        }
        var refused = client.post("/budget/rounds/raden/ballots", ballot(wrong(10), List.of(proposals.get(0))), RESIDENT);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isBetween(1, 900);
        assertThat(client.post("/budget/rounds/raden/ballots/lookup", "{\"code\": \"" + wrong(11) + "\"}", RESIDENT).status())
                .isEqualTo(429);

        // others behind the same address (a library, a mobile network) still vote with their good code
        var voted = client.post("/budget/rounds/raden/ballots", ballot(good, List.of(proposals.get(0))), RESIDENT);
        assertThat(voted.status()).as(voted.body()).isEqualTo(201);
        assertThat(items("ATTEMPTS#")).hasSize(1).allSatisfy(item -> {
            assertThat(item.toString()).doesNotContain("127.0.0.1");
            assertThat(item.get("failures").n()).isEqualTo("12");
        });
    }

    private static String wrong(int i) {
        return "ZZZZ-ZZZZ-ZZZZ-Z" + (char) ('A' + i / 8) + (i % 8 + 2);
    }

    private List<Map<String, AttributeValue>> items(String prefix) {
        return tables.client().scan(scan -> scan.tableName(tables.name("BudgetTable"))).items().stream()
                .filter(item -> item.get("pk").s().startsWith(prefix)).toList();
    }
}
