package nl.stadmaken.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.shared.dynamo.TemporaryFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fault proxy answers as DynamoDB does when it is in trouble, and the functions' client (built by
 * {@link DynamoDbClients}) rides it out: it retries throttling, 5xx and transaction conflicts, gives up at the request's
 * deadline rather than at its own timeouts, and what it gives up on counts as temporary.
 */
@ExtendWith(DynamoDbExtension.class)
class FaultProxyIT {

    private final TestTables tables;
    private final RequestCounter sent = new RequestCounter();
    private FaultProxy proxy;
    private DynamoDbClient client;
    private String table;

    FaultProxyIT(TestTables tables) {
        this.tables = tables;
    }

    @BeforeEach
    void start() {
        proxy = FaultProxy.start(tables.endpoint());
        Map<String, String> environment = new LinkedHashMap<>(Map.of("DYNAMODB_ENDPOINT", proxy.uri().toString(),
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing", "DYNAMODB_TIMEOUT_SECONDS", "1"));
        client = DynamoDbClients.fromEnvironment(new Environment(environment), List.of(sent));
        table = tables.name("ParticipationTable");
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    @Test
    void retriesThrottlingAndServerErrorsUntilTheCallGoesThrough() {
        List<FaultProxy.Fault> faults = List.of(FaultProxy.Fault.THROTTLING, FaultProxy.Fault.THROUGHPUT_EXCEEDED,
                FaultProxy.Fault.INTERNAL_ERROR, FaultProxy.Fault.UNAVAILABLE);
        for (FaultProxy.Fault fault : faults) {
            proxy.plan(FaultProxy.Plan.of(0.5, List.of(fault), Duration.ZERO, 7));
            for (int i = 0; i < 10; i++) {
                String sk = fault + "-" + i;
                client.putItem(p -> p.tableName(table).item(Map.of("pk", s("RETRY"), "sk", s(sk))));
            }
        }

        faults.forEach(fault -> assertThat(proxy.injected().get(fault)).as(fault + " struck").isPositive());
        assertThat(client.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("RETRY")))).count()).isEqualTo(40);
    }

    @Test
    void retriesATransactionCancelledForAConflictAsAWhole() {
        proxy.plan(FaultProxy.Plan.of(0.5, List.of(FaultProxy.Fault.TRANSACTION_CONFLICT), Duration.ZERO, 11));

        for (int i = 0; i < 10; i++) {
            String sk = Integer.toString(i);
            client.transactWriteItems(t -> t.transactItems(
                    item -> item.put(p -> p.tableName(table).item(Map.of("pk", s("TX"), "sk", s("a" + sk)))),
                    item -> item.put(p -> p.tableName(table).item(Map.of("pk", s("TX"), "sk", s("b" + sk))))));
        }

        assertThat(proxy.injected().get(FaultProxy.Fault.TRANSACTION_CONFLICT)).isPositive();
        assertThat(sent.count("TransactWriteItems")).isEqualTo(10);
        assertThat(client.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("TX")))).count()).isEqualTo(20);
    }

    @Test
    void givesUpAtTheRequestsDeadlineAndTheFailureIsTemporary() {
        proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.TIMEOUT), Duration.ofSeconds(3), 1));

        long started = System.nanoTime();
        assertThatThrownBy(() -> RequestDeadline.within(Duration.ofMillis(1500), get("DEADLINE")))
                .isInstanceOf(SdkClientException.class)
                .satisfies(e -> assertThat(TemporaryFaults.isTemporary(e)).isTrue());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("ends at the deadline, not after five one-second attempts").isBetween(Duration.ofMillis(1400), Duration.ofMillis(2500));
    }

    @Test
    void aWriteWhoseAnswerWasLostHappenedAnyway() {
        proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.INTERNAL_ERROR_AFTER), Duration.ZERO, 3).onWrites());

        assertThatThrownBy(() -> client.putItem(p -> p.tableName(table).item(Map.of("pk", s("LOST"), "sk", s("1"))))).isNotNull();
        proxy.plan(FaultProxy.Plan.NONE);

        assertThat(client.getItem(g -> g.tableName(table).key(Map.of("pk", s("LOST"), "sk", s("1")))).hasItem()).isTrue();
        assertThat(proxy.injected().get(FaultProxy.Fault.INTERNAL_ERROR_AFTER)).as("every attempt was made and answered 500").isEqualTo(5);
    }

    @Test
    void aPlanForOneOperationStrikesOnlyItOnceEnoughHaveGoneThrough() {
        proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.INTERNAL_ERROR), Duration.ZERO, 5).on(Set.of("PutItem")).after(2));

        client.putItem(p -> p.tableName(table).item(Map.of("pk", s("SPARED"), "sk", s("1"))));
        client.putItem(p -> p.tableName(table).item(Map.of("pk", s("SPARED"), "sk", s("2"))));
        assertThatThrownBy(() -> client.putItem(p -> p.tableName(table).item(Map.of("pk", s("STRUCK"), "sk", s("1"))))).isNotNull();
        client.getItem(g -> g.tableName(table).key(Map.of("pk", s("SPARED"), "sk", s("1"))));
        proxy.plan(FaultProxy.Plan.NONE);

        assertThat(proxy.injected().get(FaultProxy.Fault.INTERNAL_ERROR)).as("each attempt of the third put, no read").isEqualTo(5);
        assertThat(client.getItem(g -> g.tableName(table).key(Map.of("pk", s("SPARED"), "sk", s("2")))).hasItem()).isTrue();
        assertThat(client.getItem(g -> g.tableName(table).key(Map.of("pk", s("STRUCK"), "sk", s("1")))).hasItem()).isFalse();
    }

    private Supplier<Object> get(String pk) {
        return () -> client.getItem(g -> g.tableName(table).key(Map.of("pk", s(pk), "sk", s("1"))));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
