package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.ballot;
import static nl.stadmaken.budget.BudgetFixture.codes;
import static nl.stadmaken.budget.BudgetFixture.expect;
import static nl.stadmaken.budget.BudgetFixture.openRound;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class BallotConcurrencyIT {

    private final TestTables tables;

    BallotConcurrencyIT(TestTables tables) {
        this.tables = tables;
    }

    @Test
    void thousandParallelBallotsWithRepeatedCodesGiveOneBallotPerCodeAndTheTrueTally() throws Exception {
        TestClock clock = new TestClock(BudgetFixture.DURING.minusSeconds(86_400 * 5));
        HandlerClient staff = BudgetFixture.client(tables, clock);
        List<String> proposals = openRound(staff, "druk", "\"minChoices\": 1, \"maxChoices\": 3,",
                2_000_000, 1_500_000, 3_000_000, 1_000_000, 2_500_000);
        List<String> codes = codes(staff, "druk", 800);
        clock.set(BudgetFixture.DURING);

        // 1,000 ballots: every code once, 200 of them a second time at the same moment with the same choice.
        SplittableRandom random = new SplittableRandom(2027);
        Map<String, List<String>> truth = new HashMap<>();
        List<String[]> sends = new ArrayList<>();
        for (String code : codes) {
            List<String> choice = new ArrayList<>(proposals);
            java.util.Collections.shuffle(choice, new java.util.Random(random.nextLong()));
            choice = List.copyOf(choice.subList(0, 1 + random.nextInt(3)));
            truth.put(code, choice);
            sends.add(new String[] {code, ballot(code, choice)});
        }
        for (int i = 0; i < 200; i++) {
            String code = codes.get(i * 4);
            sends.add(new String[] {code, ballot(code, truth.get(code))});
        }
        java.util.Collections.shuffle(sends, new java.util.Random(7));
        List<HandlerClient> callers = java.util.stream.IntStream.range(0, 16).mapToObj(i -> BudgetFixture.client(tables, clock)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<LambdaInvoker.Response>> answers = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            HandlerClient caller = callers.get(i % callers.size());
            String body = sends.get(i)[1];
            answers.add(pool.submit(() -> caller.post("/budget/rounds/druk/ballots", body, RESIDENT)));
        }
        for (Future<LambdaInvoker.Response> answer : answers) {
            assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
        }
        pool.shutdown();

        clock.set(BudgetFixture.AFTER);
        JsonNode result = expect(staff.post("/staff/budget/rounds/druk/close", null, STAFF), 200).json();

        assertThat(result.path("turnout").path("codesIssued").asInt()).isEqualTo(800);
        assertThat(result.path("turnout").path("ballotsCast").asInt()).isEqualTo(800);
        Map<String, Long> expectedVotes = new HashMap<>();
        truth.values().forEach(choice -> choice.forEach(p -> expectedVotes.merge(p, 1L, Long::sum)));
        for (JsonNode proposal : result.path("proposals")) {
            assertThat(proposal.path("votes").asLong()).as(proposal.path("id").asText())
                    .isEqualTo(expectedVotes.getOrDefault(proposal.path("id").asText(), 0L));
        }
    }
}
