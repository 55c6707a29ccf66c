package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ProposalIT {

    private final HandlerClient client;

    ProposalIT(TestTables tables) {
        this.client = BudgetFixture.client(tables, new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5)));
    }

    @Test
    void aProposalIsRefusedNamingEveryWrongFieldAtOnce() {
        expect(client.post("/staff/budget/rounds", BudgetFixture.round("voorstellen", "approval", "\"maxChoices\": 1,"), STAFF), 201);
        String id = expect(client.post("/staff/budget/rounds/voorstellen/proposals", BudgetFixture.proposal("Plan", 100), STAFF), 201)
                .json().path("id").asText();

        LambdaInvoker.Response added = client.post("/staff/budget/rounds/voorstellen/proposals",
                "{\"id\": \"Geen Id\", \"title\": \"\", \"costCents\": -1, \"initiator\": \"a\\u0000b\"}", STAFF);
        LambdaInvoker.Response replaced = client.put("/staff/budget/rounds/voorstellen/proposals/" + id,
                "{\"id\": \"ander\", \"title\": \"Plan\", \"costCents\": 100, \"initiator\": \"a\\u0000b\"}", STAFF);

        assertThat(fields(added)).containsExactlyInAnyOrder("id", "title", "costCents", "initiator");
        assertThat(fields(replaced)).containsExactlyInAnyOrder("id", "initiator");
    }

    private static List<String> fields(LambdaInvoker.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().path("errors").findValuesAsText("field");
    }
}
