package nl.stadmaken.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Notes every request that DynamoDB itself would refuse for its key limits (a partition key value of at most 2048
 * bytes, a sort key value of at most 1024, neither empty) where an emulator lets it pass: moto checks key sizes only
 * when an item is written, so a read with an oversized key from a hostile id would answer 404 there and 400 (a 500 of
 * ours) in AWS. The key attributes are those of the template's tables and indexes.
 */
public final class DynamoDbLimits implements ExecutionInterceptor {

    private static final Pattern PLACEHOLDER = Pattern.compile(":[A-Za-z0-9_]+");

    private final Map<String, Integer> keyLimits = new HashMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    public DynamoDbLimits(SamTemplate template) {
        for (TableSpec table : template.tables()) {
            table.keySchema().forEach(key -> limit(key.attributeName(), key.keyType()));
            table.indexes().forEach(index -> index.keySchema().forEach(key -> limit(key.attributeName(), key.keyType())));
        }
    }

    private void limit(String attribute, KeyType type) {
        keyLimits.merge(attribute, type == KeyType.HASH ? 2048 : 1024, Math::min);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        String operation = request.getClass().getSimpleName().replace("Request", "");
        switch (request) {
            case GetItemRequest get -> checkItem(operation, get.key());
            case PutItemRequest put -> checkItem(operation, put.item());
            case UpdateItemRequest update -> checkItem(operation, update.key());
            case DeleteItemRequest delete -> checkItem(operation, delete.key());
            case QueryRequest query -> checkKeyCondition(operation, query.keyConditionExpression(), query.expressionAttributeValues());
            case TransactWriteItemsRequest transaction -> transaction.transactItems().forEach(item -> {
                if (item.put() != null) {
                    checkItem(operation, item.put().item());
                } else if (item.update() != null) {
                    checkItem(operation, item.update().key());
                } else if (item.delete() != null) {
                    checkItem(operation, item.delete().key());
                } else if (item.conditionCheck() != null) {
                    checkItem(operation, item.conditionCheck().key());
                }
            });
            default -> {
            }
        }
    }

    private void checkItem(String operation, Map<String, AttributeValue> item) {
        item.forEach((name, value) -> check(operation, name, value));
    }

    private void checkKeyCondition(String operation, String condition, Map<String, AttributeValue> values) {
        if (condition == null) {
            return;
        }
        Matcher placeholders = PLACEHOLDER.matcher(condition);
        while (placeholders.find()) {
            AttributeValue value = values.get(placeholders.group());
            if (value != null && value.s() != null) {
                check(operation, "key condition " + placeholders.group(), value, 2048);
            }
        }
    }

    private void check(String operation, String attribute, AttributeValue value) {
        Integer limit = keyLimits.get(attribute);
        if (limit != null && value.s() != null) {
            check(operation, attribute, value, limit);
        }
    }

    private void check(String operation, String attribute, AttributeValue value, int limit) {
        int bytes = value.s().getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > limit) {
            violations.add(operation + " " + attribute + " has " + bytes + " bytes (1 to " + limit + " allowed)");
        }
    }

    /** What was sent since the last reset that DynamoDB would refuse. */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    public void reset() {
        violations.clear();
    }
}
