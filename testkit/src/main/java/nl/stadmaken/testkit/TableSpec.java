package nl.stadmaken.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/** A DynamoDB table as the template declares it, and how to create it under another name on an emulator. */
public record TableSpec(
        String logicalId,
        Map<String, String> attributeTypes,
        List<KeySchemaElement> keySchema,
        List<GlobalSecondaryIndex> indexes,
        String ttlAttribute,
        String streamViewType) {

    static TableSpec from(String logicalId, Map<String, Object> properties) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Object value : Maps.list(properties.get("AttributeDefinitions"), logicalId + ".AttributeDefinitions")) {
            Map<String, Object> definition = Maps.map(value, "AttributeDefinition");
            types.put((String) definition.get("AttributeName"), (String) definition.get("AttributeType"));
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object value : Maps.list(properties.getOrDefault("GlobalSecondaryIndexes", List.of()), logicalId + ".GlobalSecondaryIndexes")) {
            Map<String, Object> index = Maps.map(value, "GlobalSecondaryIndex");
            Map<String, Object> projection = Maps.map(index.get("Projection"), "Projection");
            Projection.Builder projected = Projection.builder().projectionType((String) projection.get("ProjectionType"));
            if (projection.get("NonKeyAttributes") != null) {
                projected.nonKeyAttributes(Maps.list(projection.get("NonKeyAttributes"), "NonKeyAttributes").stream().map(String::valueOf).toList());
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName((String) index.get("IndexName"))
                    .keySchema(keySchema(index.get("KeySchema")))
                    .projection(projected.build())
                    .build());
        }
        Map<String, Object> ttl = Maps.map(properties.getOrDefault("TimeToLiveSpecification", Map.of()), "TimeToLiveSpecification");
        String ttlAttribute = Boolean.TRUE.equals(ttl.get("Enabled")) ? (String) ttl.get("AttributeName") : null;
        Map<String, Object> stream = Maps.map(properties.getOrDefault("StreamSpecification", Map.of()), "StreamSpecification");
        return new TableSpec(logicalId, types, keySchema(properties.get("KeySchema")), indexes, ttlAttribute,
                (String) stream.get("StreamViewType"));
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        List<KeySchemaElement> keys = new ArrayList<>();
        for (Object element : Maps.list(value, "KeySchema")) {
            Map<String, Object> key = Maps.map(element, "KeySchema element");
            keys.add(KeySchemaElement.builder()
                    .attributeName((String) key.get("AttributeName"))
                    .keyType(KeyType.fromValue((String) key.get("KeyType")))
                    .build());
        }
        return keys;
    }

    /** Creates the table as {@code tableName} (on-demand, same keys, indexes, TTL and stream) and waits until it is active. */
    public void create(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(create -> create
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributeTypes.entrySet().stream()
                        .map(e -> AttributeDefinition.builder().attributeName(e.getKey())
                                .attributeType(ScalarAttributeType.fromValue(e.getValue())).build())
                        .toList())
                .keySchema(keySchema)
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .streamSpecification(streamViewType == null ? null
                        : StreamSpecification.builder().streamEnabled(true).streamViewType(streamViewType).build()));
        dynamo.waiter().waitUntilTableExists(describe -> describe.tableName(tableName));
        if (ttlAttribute != null) {
            dynamo.updateTimeToLive(update -> update.tableName(tableName)
                    .timeToLiveSpecification(spec -> spec.attributeName(ttlAttribute).enabled(true)));
        }
    }
}
