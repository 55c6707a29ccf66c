package nl.stadmaken.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Ballots through the budget handler against the same count of raw conditional UpdateItem calls that store a ballot
 * on its code item exactly as the store does (its condition, and the change-index attributes the indicator job reads);
 * after the run the items both sides wrote must have the same attributes. Both sides use the same callers, client
 * settings and emulator, warm up alike and then take turns in chunks, each going first in every other chunk, so the
 * JIT compiling the shared SDK code and the growing table favour neither.
 */
final class BallotThroughput {

    private static final String ROUND = "stemmen";
    private static final int WARM_UP = 200;
    static final int CHUNK = 100;
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
        List<String> codes = BenchData.codes(staff, ROUND, ballots + WARM_UP);
        Set<Map<String, AttributeValue>> handlerKeys = new HashSet<>(codeKeys(tables));
        BenchData.codes(staff, ROUND, ballots + WARM_UP);
        // The raw side writes on the code items of a second batch: those the handler never casts with.
        List<Map<String, AttributeValue>> keys = codeKeys(tables).stream().filter(key -> !handlerKeys.contains(key)).toList();
        clock.set(BenchData.DURING_VOTING);
        List<List<String>> choices = choices(proposals, ballots + WARM_UP);

        RequestCounter handlerCounter = new RequestCounter();
        RequestCounter rawCounter = new RequestCounter();
        List<HandlerClient> handlers = new ArrayList<>();
        List<DynamoDbClient> clients = new ArrayList<>();
        for (int i = 0; i < callers.callers(); i++) {
            BudgetHandler handler = new BudgetHandler(tables.functionEnvironment("BudgetFunction"),
                    CountingClients.of(tables.awsEnvironment(), handlerCounter), clock);
            handlers.add(new HandlerClient(handler, "BudgetFunction", handler.api().routeKeys()));
            clients.add(CountingClients.of(tables.awsEnvironment(), rawCounter));
        }
        int total = ballots + WARM_UP;
        callers.run(0, WARM_UP, LIMIT, (caller, i) -> cast(handlers.get(caller), codes.get(i), choices.get(i)));
        String table = tables.name("BudgetTable");
        callers.run(0, WARM_UP, LIMIT, (caller, i) -> store(clients.get(caller), table, keys.get(i), choices.get(i), clock.instant()));
        handlerCounter.takeCounts();
        rawCounter.takeCounts();
        ParallelCallers.InTurns turns = callers.inTurns(WARM_UP, total, CHUNK, LIMIT,
                (caller, i) -> cast(handlers.get(caller), codes.get(i), choices.get(i)),
                (caller, i) -> store(clients.get(caller), table, keys.get(i), choices.get(i), clock.instant()));
        sameAttributes(tables, keys.get(0), handlerKeys);
        return new Comparison(new Throughput(turns.first().operations(), turns.first().seconds(), handlerCounter.takeCounts()),
                new Throughput(turns.second().operations(), turns.second().seconds(), rawCounter.takeCounts()));
    }

    private static void cast(HandlerClient client, String code, List<String> choice) {
        BenchData.expect(client.post("/budget/rounds/" + ROUND + "/ballots",
                "{\"code\": \"" + code + "\", \"proposals\": [\"" + String.join("\", \"", choice) + "\"]}", HandlerClient.RESIDENT), 201);
    }

    /** The store's ballot write (round without re-voting): the code must exist, the window must be open; the first receipt stays. */
    private static void store(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key, List<String> choice, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", "pk", "#closesAt", "closesAt", "#choices", "choices",
                "#castAt", "castAt", "#receipt", "receipt", "#casts", "casts"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":choices", AttributeValue.fromSs(choice),
                ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())), ":receipt", AttributeValue.fromS(Long.toHexString(now.toEpochMilli())),
                ":one", AttributeValue.fromN("1")));
        ChangeIndex.addTo(names, values, key.get("pk").s(), key.get("sk").s(), now);
        dynamo.updateItem(update -> update.tableName(table).key(key)
                .updateExpression("SET #choices = :choices, #castAt = :now, #receipt = if_not_exists(#receipt, :receipt), "
                        + ChangeIndex.SET + " ADD #casts :one")
                .conditionExpression("attribute_exists(#pk) AND #closesAt > :now AND (attribute_not_exists(#castAt) OR #castAt <> :now)"
                        + " AND attribute_not_exists(#choices)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    }

    /** A ballot the handler stored and one the raw side stored carry the same attributes, or the comparison is off. */
    private static void sameAttributes(BenchTables tables, Map<String, AttributeValue> rawKey, Set<Map<String, AttributeValue>> handlerKeys) {
        Map<String, AttributeValue> raw = tables.client().getItem(get -> get.tableName(tables.name("BudgetTable")).key(rawKey)
                .consistentRead(true)).item();
        Map<String, AttributeValue> byHandler = tables.client().queryPaginator(query -> query.tableName(tables.name("BudgetTable"))
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :code)")
                        .filterExpression("attribute_exists(choices)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ROUND#" + ROUND), ":code", AttributeValue.fromS("CODE#"))))
                .items().stream().filter(item -> handlerKeys.contains(Map.of("pk", item.get("pk"), "sk", item.get("sk"))))
                .findFirst().orElseThrow(() -> new IllegalStateException("no ballot stored by the handler"));
        if (!new TreeSet<>(raw.keySet()).equals(new TreeSet<>(byHandler.keySet()))) {
            throw new IllegalStateException("the raw ballot write no longer matches the store's: " + new TreeSet<>(raw.keySet())
                    + " against " + new TreeSet<>(byHandler.keySet()));
        }
    }

    /** The keys of all the round's code items. */
    private static List<Map<String, AttributeValue>> codeKeys(BenchTables tables) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        tables.client().queryPaginator(query -> query.tableName(tables.name("BudgetTable")).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :code)")
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
