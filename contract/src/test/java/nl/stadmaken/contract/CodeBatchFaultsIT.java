package nl.stadmaken.contract;

import static nl.stadmaken.contract.FaultedFunctions.sampleBody;
import static nl.stadmaken.contract.FaultedFunctions.votingCodes;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.FaultProxy;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Batches of voting codes that DynamoDB fails part of the way: the codes issued, the denominator of the turnout, are
 * exactly those of whole batches, each code once, whether a failed batch is retried with its Idempotency-Key or never.
 */
@ExtendWith(DynamoDbExtension.class)
class CodeBatchFaultsIT {

    private static final Instant OPEN = Instant.parse("2027-05-03T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2027-05-16T10:00:00Z");

    @AutoClose
    private final FaultedFunctions functions;
    private final FaultProxy proxy;

    CodeBatchFaultsIT(TestTables tables) {
        this.functions = FaultedFunctions.start(tables);
        this.proxy = functions.proxy();
    }

    @Test
    void votingCodesThatThrottlingLeavesUnstoredAreAnswered503() {
        HandlerClient staff = openRound(new TestClock(OPEN), "codes-proef");
        Supplier<LambdaInvoker.Response> codes = () -> staff.call("POST", "/staff/budget/rounds/codes-proef/codes", "{\"count\": 30}",
                Map.of(), STAFF);

        proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.UNPROCESSED), Duration.ZERO, 8).onWrites());
        LambdaInvoker.Response throttled = codes.get();
        proxy.plan(FaultProxy.Plan.NONE);

        assertThat(throttled.status()).as(throttled.body()).isEqualTo(503);
        assertThat(throttled.headers()).containsKey("retry-after");
        assertThat(proxy.injected().get(FaultProxy.Fault.UNPROCESSED)).as("every batch was sent again").isGreaterThan(1);
        assertThat(codeItems("codes-proef")).as("nothing stored").isZero();
        assertThat(codes.get().status()).isEqualTo(201);
        assertThat(codeItems("codes-proef")).isEqualTo(30);
    }

    @Test
    void aBatchCutOffHalfWayIsWholeOnceRetriedWithItsKey() {
        TestClock clock = new TestClock(OPEN);
        HandlerClient staff = openRound(clock, "codes-half");
        Supplier<LambdaInvoker.Response> codes = () -> staff.call("POST", "/staff/budget/rounds/codes-half/codes", "{\"count\": 60}",
                Map.of("idempotency-key", "batch-1"), STAFF);

        // Two parts of 25 codes go through, then DynamoDB fails every batch write: taking those two away again too.
        proxy.plan(batchWritesFail(2));
        LambdaInvoker.Response failed = codes.get();
        proxy.plan(FaultProxy.Plan.NONE);

        assertThat(failed.status()).as(failed.body()).isEqualTo(503);
        assertThat(failed.headers()).containsKey("retry-after");
        assertThat(codeItems("codes-half")).as("left behind").isEqualTo(50);
        assertThat(batchMarks("codes-half")).as("but no batch is whole").isZero();

        LambdaInvoker.Response retried = codes.get();
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.headers()).as("made again, not replayed").doesNotContainKey("idempotent-replayed");
        List<String> issued = votingCodes(retried.body());
        assertThat(issued).hasSize(60).doesNotHaveDuplicates();
        assertThat(codeItems("codes-half")).as("the same codes written again over those left, none twice").isEqualTo(60);
        assertThat(batchMarks("codes-half")).isEqualTo(1);
        for (String code : List.of(issued.get(0), issued.get(59))) {
            assertThat(staff.call("POST", "/budget/rounds/codes-half/ballots", "{\"code\": \"" + code + "\", \"proposals\": [\"speeltuin\"]}",
                    Map.of(), RESIDENT).status()).as("every code handed out is stored").isEqualTo(201);
        }

        clock.set(CLOSED);
        JsonNode turnout = staff.post("/staff/budget/rounds/codes-half/close", null, STAFF).json().path("turnout");
        assertThat(turnout.path("codesIssued").asLong()).isEqualTo(60);
        assertThat(turnout.path("ballotsCast").asLong()).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsAndIsNeverRetriedCountsForNothing() {
        TestClock clock = new TestClock(OPEN);
        HandlerClient staff = openRound(clock, "codes-lost");
        Supplier<LambdaInvoker.Response> codes = () -> staff.call("POST", "/staff/budget/rounds/codes-lost/codes", "{\"count\": 60}",
                Map.of(), STAFF);
        assertThat(votingCodes(staff.post("/staff/budget/rounds/codes-lost/codes", "{\"count\": 5}", STAFF).body())).hasSize(5);

        // Every code written, then marking the batch whole fails: all of it is taken away again.
        proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.INTERNAL_ERROR), Duration.ZERO, 21).on(Set.of("PutItem")));
        LambdaInvoker.Response unmarked = codes.get();
        proxy.plan(FaultProxy.Plan.NONE);
        assertThat(unmarked.status()).as(unmarked.body()).isEqualTo(503);
        assertThat(codeItems("codes-lost")).as("nothing of that batch left").isEqualTo(5);

        // Cut off half-way, and taking away fails too: 25 codes stay behind. They were never answered and are drawn
        // with the secret key, so no one holds them; and without their batch's mark they are not counted.
        proxy.plan(batchWritesFail(1));
        LambdaInvoker.Response halfWay = codes.get();
        proxy.plan(FaultProxy.Plan.NONE);
        assertThat(halfWay.status()).as(halfWay.body()).isEqualTo(503);
        assertThat(codeItems("codes-lost")).isEqualTo(30);

        clock.set(CLOSED);
        JsonNode turnout = staff.post("/staff/budget/rounds/codes-lost/close", null, STAFF).json().path("turnout");
        assertThat(turnout.path("codesIssued").asLong()).as("only the whole batch counts").isEqualTo(5);
    }

    /** After {@code parts} batch writes have gone through, DynamoDB fails every one (500, each attempt). */
    private static FaultProxy.Plan batchWritesFail(int parts) {
        return FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.INTERNAL_ERROR), Duration.ZERO, 13).on(Set.of("BatchWriteItem")).after(parts);
    }

    /** An open round with two proposals, on the given clock. */
    private HandlerClient openRound(TestClock clock, String id) {
        HandlerClient staff = functions.budget(clock);
        String round = sampleBody("budget", "staff-create-round").replace("demo-schalkwijk", id);
        assertThat(staff.post("/staff/budget/rounds", round, STAFF).status()).isEqualTo(201);
        for (String proposal : List.of("staff-add-proposal", "staff-add-second-proposal")) {
            assertThat(staff.post("/staff/budget/rounds/" + id + "/proposals", sampleBody("budget", proposal), STAFF).status()).isEqualTo(201);
        }
        assertThat(staff.post("/staff/budget/rounds/" + id + "/open", null, STAFF).status()).isEqualTo(200);
        return staff;
    }

    private long codeItems(String round) {
        return roundItems(round, "CODE#");
    }

    private long batchMarks(String round) {
        return roundItems(round, "BATCH#");
    }

    private long roundItems(String round, String prefix) {
        return functions.items("BudgetTable").stream()
                .filter(i -> i.get("pk").s().equals("ROUND#" + round) && i.get("sk").s().startsWith(prefix)).count();
    }
}
