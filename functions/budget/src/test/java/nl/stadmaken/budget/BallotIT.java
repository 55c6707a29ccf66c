package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.ballot;
import static nl.stadmaken.budget.BudgetFixture.codes;
import static nl.stadmaken.budget.BudgetFixture.expect;
import static nl.stadmaken.budget.BudgetFixture.openRound;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class BallotIT {

    private final TestTables tables;
    private final TestClock clock = new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5));
    private final HandlerClient client;

    BallotIT(TestTables tables) {
        this.tables = tables;
        this.client = BudgetFixture.client(tables, clock);
    }

    @Test
    void ballotIsStoredOnItsCodeAndCanBeReplacedAndLookedUp() {
        List<String> proposals = openRound(client, "vervangen", "\"minChoices\": 1, \"maxChoices\": 2,", 3_000_000, 2_000_000, 4_000_000);
        String code = codes(client, "vervangen", 1).get(0);
        clock.set(BudgetFixture.DURING);

        var first = expect(client.post("/budget/rounds/vervangen/ballots", ballot(code, proposals.subList(0, 2)), RESIDENT), 201);
        var second = expect(client.post("/budget/rounds/vervangen/ballots", ballot(code.toLowerCase().replace("-", " "), List.of(proposals.get(2))), RESIDENT), 201);
        var lookup = expect(client.post("/budget/rounds/vervangen/ballots/lookup", "{\"code\": \"" + code + "\"}", RESIDENT), 200).json();

        assertThat(second.json().path("receipt").asText()).isEqualTo(first.json().path("receipt").asText());
        assertThat(lookup.path("proposals").get(0).asText()).isEqualTo(proposals.get(2));
        assertThat(lookup.path("proposals")).hasSize(1);
        List<Map<String, AttributeValue>> ballots = items("CODE#");
        assertThat(ballots).hasSize(1);
        assertThat(ballots.get(0).keySet()).containsExactlyInAnyOrder("pk", "sk", "closesAt", "batch", "choices", "castAt", "receipt", "casts", "chgDay",
                "chgAt");
        assertThat(ballots.toString()).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }

    @Test
    void roundCanForbidReplacingABallot() {
        List<String> proposals = openRound(client, "eenmalig", "\"maxChoices\": 1, \"allowReplace\": false,", 1_000_000, 2_000_000);
        String code = codes(client, "eenmalig", 1).get(0);
        clock.set(BudgetFixture.DURING);

        expect(client.post("/budget/rounds/eenmalig/ballots", ballot(code, List.of(proposals.get(0))), RESIDENT), 201);
        var again = client.post("/budget/rounds/eenmalig/ballots", ballot(code, List.of(proposals.get(1))), RESIDENT);
        var unknown = client.post("/budget/rounds/eenmalig/ballots", ballot("AAAA-BBBB-CCCC-DDDD", List.of(proposals.get(1))), RESIDENT);

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.body()).isEqualTo(unknown.body());
    }

    @Test
    void ballotThatBreaksTheKindsRulesIsRefusedNamingTheRule() {
        List<String> proposals = openRound(client, "regels", "\"minChoices\": 1, \"maxChoices\": 1,", 1_000_000, 2_000_000);
        String code = codes(client, "regels", 1).get(0);
        clock.set(BudgetFixture.DURING);

        var tooMany = client.post("/budget/rounds/regels/ballots", ballot(code, proposals), RESIDENT);
        var unknown = client.post("/budget/rounds/regels/ballots", ballot(code, List.of("bestaat-niet")), RESIDENT);

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().path("detail").asText()).isEqualTo("choose at most 1 proposals");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(items("CODE#").stream().filter(item -> item.get("pk").s().equals("ROUND#regels"))).allSatisfy(item ->
                assertThat(item).doesNotContainKey("choices"));
    }

    @Test
    void knapsackBallotMustFitTheBudgetAndSpendTheMinimum() {
        expect(client.post("/staff/budget/rounds", BudgetFixture.round("knapzak", "knapsack", "\"minSpendPercent\": 50,"), STAFF), 201);
        String a = expect(client.post("/staff/budget/rounds/knapzak/proposals", BudgetFixture.proposal("Bankjes", 4_000_000), STAFF), 201).json().path("id").asText();
        String b = expect(client.post("/staff/budget/rounds/knapzak/proposals", BudgetFixture.proposal("Bomen", 3_500_000), STAFF), 201).json().path("id").asText();
        String c = expect(client.post("/staff/budget/rounds/knapzak/proposals", BudgetFixture.proposal("Lantaarns", 1_000_000), STAFF), 201).json().path("id").asText();
        expect(client.post("/staff/budget/rounds/knapzak/open", null, STAFF), 200);
        String code = codes(client, "knapzak", 1).get(0);
        clock.set(BudgetFixture.DURING);

        assertThat(client.post("/budget/rounds/knapzak/ballots", ballot(code, List.of(a, b)), RESIDENT).json().path("detail").asText())
                .startsWith("together they cost 7500000 cents");
        assertThat(client.post("/budget/rounds/knapzak/ballots", ballot(code, List.of(c)), RESIDENT).json().path("detail").asText())
                .startsWith("spend at least 50%");
        assertThat(client.post("/budget/rounds/knapzak/ballots", ballot(code, List.of(a, c)), RESIDENT).status()).isEqualTo(201);
    }

    @Test
    void votingOutsideTheWindowIsRefused() {
        List<String> proposals = openRound(client, "venster", "\"maxChoices\": 1,", 1_000_000, 2_000_000);
        String code = codes(client, "venster", 1).get(0);

        assertThat(client.post("/budget/rounds/venster/ballots", ballot(code, List.of(proposals.get(0))), RESIDENT).status())
                .as("before opening").isEqualTo(409);
        clock.set(BudgetFixture.AFTER);
        assertThat(client.post("/budget/rounds/venster/ballots", ballot(code, List.of(proposals.get(0))), RESIDENT).status())
                .as("after closing").isEqualTo(409);
    }

    @Test
    void resultsStayHiddenUntilPublishedAndListEveryReceipt() {
        List<String> proposals = openRound(client, "uitslag", "\"minChoices\": 1, \"maxChoices\": 2,", 4_000_000, 3_000_000, 2_500_000);
        List<String> codes = codes(client, "uitslag", 4);
        clock.set(BudgetFixture.DURING);
        String receipt = expect(client.post("/budget/rounds/uitslag/ballots", ballot(codes.get(0), proposals.subList(0, 2)), RESIDENT), 201)
                .json().path("receipt").asText();
        expect(client.post("/budget/rounds/uitslag/ballots", ballot(codes.get(1), List.of(proposals.get(0))), RESIDENT), 201);
        expect(client.post("/budget/rounds/uitslag/ballots", ballot(codes.get(2), List.of(proposals.get(2))), RESIDENT), 201);

        assertThat(client.get("/budget/rounds/uitslag/results", RESIDENT).status()).isEqualTo(404);
        assertThat(client.get("/staff/budget/rounds/uitslag/results", STAFF).status()).as("not while voting is open").isEqualTo(404);
        assertThat(client.post("/staff/budget/rounds/uitslag/close", null, STAFF).status()).as("the window is a promise").isEqualTo(409);
        clock.set(BudgetFixture.AFTER);
        JsonNode closed = expect(client.post("/staff/budget/rounds/uitslag/close", null, STAFF), 200).json();
        assertThat(client.get("/budget/rounds/uitslag/results", RESIDENT).status()).isEqualTo(404);
        expect(client.post("/staff/budget/rounds/uitslag/publish", null, STAFF), 200);

        JsonNode result = expect(client.get("/budget/rounds/uitslag/results", RESIDENT), 200).json();
        assertThat(result).isEqualTo(closed);
        assertThat(result.path("turnout").path("codesIssued").asInt()).isEqualTo(4);
        assertThat(result.path("turnout").path("ballotsCast").asInt()).isEqualTo(3);
        assertThat(result.path("greedy").path("winners").get(0).asText()).isEqualTo(proposals.get(0));
        assertThat(result.path("proposals")).hasSize(3).allSatisfy(p -> assertThat(p.path("reason").asText())
                .isIn("selected", "did-not-fit", "not-enough-support"));
        assertThat(result.path("official").path("spentCents").asLong()).isLessThanOrEqualTo(7_000_000);
        JsonNode receipts = expect(client.get("/budget/rounds/uitslag/receipts", RESIDENT), 200).json().path("receipts");
        assertThat(receipts).hasSize(3);
        assertThat(receipts.toString()).contains(receipt).doesNotContain(proposals.get(0));
    }

    private List<Map<String, AttributeValue>> items(String skPrefix) {
        return tables.client().scan(scan -> scan.tableName(tables.name("BudgetTable"))).items().stream()
                .filter(item -> item.get("sk").s().startsWith(skPrefix) || item.get("pk").s().startsWith(skPrefix)).toList();
    }
}
