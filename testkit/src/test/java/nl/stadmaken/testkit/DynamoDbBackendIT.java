package nl.stadmaken.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * What the functions rely on from the DynamoDB API, checked on whichever backend the run uses (moto by default,
 * LocalStack with STADMAKEN_DYNAMODB=localstack, or DYNAMODB_ENDPOINT).
 */
@ExtendWith(DynamoDbExtension.class)
class DynamoDbBackendIT {

    @Test
    void tablesFromTheTemplateHaveTheirIndexesAndTtl(TestTables tables) {
        for (TableSpec spec : SamTemplate.ofRepository().tables()) {
            var table = tables.client().describeTable(d -> d.tableName(tables.name(spec.logicalId()))).table();
            assertThat(table.globalSecondaryIndexes()).hasSameSizeAs(spec.indexes());
            var ttl = tables.client().describeTimeToLive(d -> d.tableName(tables.name(spec.logicalId()))).timeToLiveDescription();
            assertThat(ttl.attributeName()).isEqualTo(spec.ttlAttribute());
        }
    }

    @Test
    void failedConditionCancelsTheWholeTransactionAndNamesTheItem(TestTables tables) {
        String table = tables.name("ParticipationTable");
        tables.client().putItem(p -> p.tableName(table).item(Map.of("pk", s("A"), "sk", s("1"))));

        try {
            tables.client().transactWriteItems(t -> t.transactItems(
                    item -> item.put(p -> p.tableName(table).item(Map.of("pk", s("B"), "sk", s("1")))),
                    item -> item.put(p -> p.tableName(table).item(Map.of("pk", s("A"), "sk", s("1")))
                            .conditionExpression("attribute_not_exists(pk)"))));
            throw new AssertionError("the transaction should have been cancelled");
        } catch (TransactionCanceledException e) {
            assertThat(e.cancellationReasons().get(1).code()).isEqualTo("ConditionalCheckFailed");
        }
        assertThat(tables.client().getItem(g -> g.tableName(table).key(Map.of("pk", s("B"), "sk", s("1")))).hasItem())
                .as("nothing of a cancelled transaction is written").isFalse();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
