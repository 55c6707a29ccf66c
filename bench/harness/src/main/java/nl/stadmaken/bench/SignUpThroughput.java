package nl.stadmaken.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Sign-ups through the participation handler against raw TransactWriteItems with the same four writes (email claim,
 * sign-up, personal data, the trajectory's count under its window condition). moto copies its tables in every
 * transaction, so a transaction costs more as the table grows; the two sides therefore take turns in chunks, each
 * going first in every other chunk, until the count is reached or the time limit has passed.
 */
final class SignUpThroughput {

    private static final String TRAJECTORY = "aanmelden";
    static final int CHUNK = 50;
    static final Duration LIMIT = Duration.ofSeconds(60);

    private SignUpThroughput() {
    }

    record Comparison(Throughput handler, Throughput raw) {
    }

    static Comparison measure(BenchTables tables, int signUps, ParallelCallers callers) {
        TestClock clock = new TestClock(BenchData.SIGN_UP_OPEN);
        BenchData.publishTrajectory(BenchData.participation(tables, clock), TRAJECTORY, null);
        RequestCounter handlerCounter = new RequestCounter();
        RequestCounter rawCounter = new RequestCounter();
        List<HandlerClient> handlers = new ArrayList<>();
        List<DynamoDbClient> clients = new ArrayList<>();
        for (int i = 0; i < callers.callers(); i++) {
            ParticipationHandler handler = new ParticipationHandler(tables.functionEnvironment("ParticipationFunction"),
                    CountingClients.of(tables.awsEnvironment(), handlerCounter), clock);
            handlers.add(new HandlerClient(handler, "ParticipationFunction", handler.api().routeKeys()));
            clients.add(CountingClients.of(tables.awsEnvironment(), rawCounter));
        }
        String table = tables.name("ParticipationTable");
        callers.run(0, CHUNK, LIMIT, (caller, i) -> signUp(handlers.get(caller), "warm-" + i));
        callers.run(0, CHUNK, LIMIT, (caller, i) -> place(clients.get(caller), table, "warm-" + i, clock.millis()));
        handlerCounter.takeCounts();
        rawCounter.takeCounts();
        ParallelCallers.InTurns turns = callers.inTurns(0, signUps, CHUNK, LIMIT,
                (caller, i) -> signUp(handlers.get(caller), "handler-" + i),
                (caller, i) -> place(clients.get(caller), table, "raw-" + i, clock.millis()));
        sameAttributes(tables);
        return new Comparison(new Throughput(turns.first().operations(), turns.first().seconds(), handlerCounter.takeCounts()),
                new Throughput(turns.second().operations(), turns.second().seconds(), rawCounter.takeCounts()));
    }

    private static void signUp(HandlerClient client, String who) {
        BenchData.expect(client.post("/trajectories/" + TRAJECTORY + "/signups", """
                {"name": "Bewoner %s", "email": "%s@example.nl", "wijk": "WK039201", "ageBand": "25-45", "consent": true}
                """.formatted(who, who), HandlerClient.RESIDENT), 201);
    }

    /** The store's sign-up transaction for a confirmed place, with the change-index attributes the indicator job reads. */
    private static void place(DynamoDbClient dynamo, String table, String who, long now) {
        String pk = "TRAJ#" + TRAJECTORY;
        Instant at = Instant.ofEpochMilli(now);
        String signUpId = UUID.randomUUID().toString();
        AttributeValue expiresAt = AttributeValue.fromN(Long.toString(now / 1000 + 86_400L * 200));
        Map<String, AttributeValue> email = Map.of("pk", s(pk), "sk", s("EMAIL#" + who), "signUpId", s(signUpId), "expiresAt", expiresAt);
        Map<String, AttributeValue> record = new HashMap<>(Map.of("pk", s(pk), "sk", s("SIGNUP#" + signUpId), "signUpId", s(signUpId),
                "status", s("CONFIRMED"), "tokenHash", s(who), "createdAt", s(at.toString()), "wijk", s("WK039201"), "ageBand", s("B25_45")));
        record.putAll(ChangeIndex.keys(pk, "SIGNUP#" + signUpId, at));
        Map<String, AttributeValue> person = Map.of("pk", s(pk), "sk", s("SIGNUP#" + signUpId + "#PERSON"), "signUpId", s(signUpId),
                "name", s("Bewoner " + who), "email", s(who + "@example.nl"), "emailKey", s(who), "expiresAt", expiresAt);
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#opens", "signUpOpensAt", "#closes", "signUpClosesAt",
                "#capacity", "capacity", "#confirmed", "confirmed", "#waitlisted", "waitlisted"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":published", s("PUBLISHED"), ":now", AttributeValue.fromN(Long.toString(now)),
                ":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1")));
        ChangeIndex.addTo(names, values, pk, "TRAJECTORY", at);
        dynamo.transactWriteItems(t -> t.transactItems(
                put(table, email, "attribute_not_exists(pk)"),
                put(table, record, "attribute_not_exists(pk)"),
                put(table, person, null),
                TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(Map.of("pk", s(pk), "sk", s("TRAJECTORY")))
                        .updateExpression("SET #confirmed = #confirmed + :one, " + ChangeIndex.SET)
                        .conditionExpression("#status = :published AND #opens <= :now AND #closes > :now"
                                + " AND (attribute_not_exists(#capacity) OR (#confirmed < #capacity AND #waitlisted = :zero))")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)).build()));
    }

    /** A sign-up record the handler stored and one the raw side stored carry the same attributes, or the comparison is off. */
    private static void sameAttributes(BenchTables tables) {
        Set<String> byHandler = null;
        Set<String> raw = null;
        for (Map<String, AttributeValue> item : tables.client().queryPaginator(query -> query.tableName(tables.name("ParticipationTable"))
                .keyConditionExpression("pk = :pk AND begins_with(sk, :signUp)")
                .expressionAttributeValues(Map.of(":pk", s("TRAJ#" + TRAJECTORY), ":signUp", s("SIGNUP#")))).items()) {
            if (item.get("sk").s().endsWith("#PERSON")) {
                continue;
            }
            String token = item.get("tokenHash").s();
            if (token.startsWith("raw-")) {
                raw = new TreeSet<>(item.keySet());
            } else if (!token.startsWith("warm-")) {
                byHandler = new TreeSet<>(item.keySet());
            }
        }
        if (raw == null || !raw.equals(byHandler)) {
            throw new IllegalStateException("the raw sign-up no longer writes what the store does: " + raw + " against " + byHandler);
        }
    }

    private static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(condition)).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
