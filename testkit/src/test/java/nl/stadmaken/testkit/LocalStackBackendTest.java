package nl.stadmaken.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The second backend: LocalStack through Testcontainers, where Docker answers; skipped with a reason elsewhere. */
class LocalStackBackendTest {

    @Test
    void localStackServesTheTemplateTables() {
        Assumptions.assumeTrue(LocalStackEndpoint.dockerAvailable(), "skipped: no Docker engine answers, so LocalStack cannot start here");
        try (DynamoDbEndpoint localStack = LocalStackEndpoint.start()) {
            TestTables tables = new TestTables(SamTemplate.ofRepository(), localStack);
            String table = tables.name("ParticipationTable");

            tables.client().putItem(p -> p.tableName(table).item(Map.of("pk", AttributeValue.fromS("A"), "sk", AttributeValue.fromS("1"))));

            assertThat(tables.client().getItem(g -> g.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("A"), "sk", AttributeValue.fromS("1")))).hasItem()).isTrue();
        }
    }
}
