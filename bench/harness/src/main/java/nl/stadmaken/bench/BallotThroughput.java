package nl.stadmaken.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Ballots through the budget handler against the same count of raw conditional UpdateItem calls that store a ballot
 * on its code item the way the store does. Both sides use the same callers, client settings and emulator.
 */
final class BallotThroughput {

    private static final String ROUND = "stemmen";
    private static final int WARM_UP = 200;
    /** Each side's measured phase stops after this, whatever the count; the rate is over what was done. */
    static final Duration LIMIT = Duration.ofSeconds(75);

    private BallotThroughput() {
    }

    record Comparison(Throughput handler, Throughput raw) {
    }

    static Comparison measure(BenchTables tables, int ballots, ParallelCallers callers) {
        TestClock clock = new TestClock(BenchData.BEFORE_VOTING);
        HandlerClient staff = BenchData.budget(tables, clock);
        List<String> proposals = BenchData.openRound(staff, ROUND, 5);
        List<String> codes = BenchData.codes(staff, ROUND, 2 * (ballots + WARM_UP));
        clock.set(BenchData.DURING_VOTING);
        List<List<String>> choices = choices(proposals, ballots + WARM_UP);

        RequestCounter handlerCounter = new RequestCounter();
        List<HandlerClient> handlers = new ArrayList<>();
        for (int i = 0; i < callers.callers(); i++) {
            BudgetHandler handler = new BudgetHandler(tables.functionEnvironment("BudgetFunction"),
                    CountingClients.of(tables.awsEnvironment(), handlerCounter), clock);
            handlers.add(new HandlerClient(handler, "BudgetFunction", handler.api().routeKeys()));
        }
        callers.run(0, WARM_UP, LIMIT, (caller, i) -> cast(handlers.get(caller), codes.get(i), choices.get(i)));
        handlerCounter.takeCounts();
        ParallelCallers.Completed byHandler = callers.run(WARM_UP, ballots, LIMIT, (caller, i) -> cast(handlers.get(caller), codes.get(i), choices.get(i)));
        Throughput handler = new Throughput(byHandler.operations(), byHandler.seconds(), handlerCounter.takeCounts());

        List<Map<String, AttributeValue>> keys = unusedCodeKeys(tables);
        RequestCounter rawCounter = new RequestCounter();
        List<DynamoDbClient> clients = new ArrayList<>();
        for (int i = 0; i < callers.callers(); i++) {
            clients.add(CountingClients.of(tables.awsEnvironment(), rawCounter));
        }
        String table = tables.name("BudgetTable");
        callers.run(0, WARM_UP, LIMIT, (caller, i) -> store(clients.get(caller), table, keys.get(i), choices.get(i), clock.millis()));
        rawCounter.takeCounts();
        ParallelCallers.Completed raw = callers.run(WARM_UP, ballots, LIMIT,
                (caller, i) -> store(clients.get(caller), table, keys.get(i), choices.get(i), clock.millis()));
        return new Comparison(handler, new Throughput(raw.operations(), raw.seconds(), rawCounter.takeCounts()));
    }

    private static void cast(HandlerClient client, String code, List<String> choice) {
        BenchData.expect(client.post("/budget/rounds/" + ROUND + "/ballots",
                "{\"code\": \"" + code + "\", \"proposals\": [\"" + String.join("\", \"", choice) + "\"]}", HandlerClient.RESIDENT), 201);
    }

    /** The store's ballot write: the code must exist, the window must be open; the first receipt stays. */
    private static void store(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key, List<String> choice, long now) {
        dynamo.updateItem(update -> update.tableName(table).key(key)
                .updateExpression("SET #choices = :choices, #castAt = :now, #receipt = if_not_exists(#receipt, :receipt) ADD #casts :one")
                .conditionExpression("attribute_exists(#pk) AND #closesAt > :now")
                .expressionAttributeNames(Map.of("#pk", "pk", "#closesAt", "closesAt", "#choices", "choices",
                        "#castAt", "castAt", "#receipt", "receipt", "#casts", "casts"))
                .expressionAttributeValues(Map.of(":choices", AttributeValue.fromSs(choice),
                        ":now", AttributeValue.fromN(Long.toString(now)), ":receipt", AttributeValue.fromS(Long.toHexString(now)),
                        ":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    }

    /** The keys of the round's code items that hold no ballot yet: the half of the codes the handler did not use. */
    private static List<Map<String, AttributeValue>> unusedCodeKeys(BenchTables tables) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        tables.client().queryPaginator(query -> query.tableName(tables.name("BudgetTable")).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :code)")
                        .filterExpression("attribute_not_exists(choices)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ROUND#" + ROUND), ":code", AttributeValue.fromS("CODE#"))))
                .items().forEach(item -> keys.add(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
        return keys;
    }

    /** One to three different proposals per ballot, the same sequence for both sides. */
    private static List<List<String>> choices(List<String> proposals, int count) {
        SplittableRandom random = new SplittableRandom(2027);
        List<List<String>> choices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> shuffled = new ArrayList<>(proposals);
            for (int j = shuffled.size() - 1; j > 0; j--) {
                Collections.swap(shuffled, j, random.nextInt(j + 1));
            }
            choices.add(List.copyOf(shuffled.subList(0, 1 + random.nextInt(3))));
        }
        return choices;
    }
}
