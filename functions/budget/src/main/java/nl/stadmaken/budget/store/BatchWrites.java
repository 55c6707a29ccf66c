package nl.stadmaken.budget.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Many items put or deleted 25 at a time, as {@code BatchWriteItem} takes them. */
final class BatchWrites {

    static final int SIZE = 25;
    private static final int ATTEMPTS = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    BatchWrites(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void putAll(List<Map<String, AttributeValue>> items) {
        writeAll(items, item -> WriteRequest.builder().putRequest(put -> put.item(item)).build());
    }

    void deleteAll(List<Map<String, AttributeValue>> keys) {
        writeAll(keys, key -> WriteRequest.builder().deleteRequest(delete -> delete.key(key)).build());
    }

    private void writeAll(List<Map<String, AttributeValue>> items, Function<Map<String, AttributeValue>, WriteRequest> request) {
        for (int from = 0; from < items.size(); from += SIZE) {
            write(items.subList(from, Math.min(items.size(), from + SIZE)).stream().map(request).toList());
        }
    }

    /**
     * DynamoDB leaves items of a batch unprocessed when it throttles part of it: they go again after a pause that
     * doubles each time. Items still left then are throttling that outlasted us, temporary (503), not a fault (500).
     */
    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 0; !pending.isEmpty() && attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                pause(Duration.ofMillis(ThreadLocalRandom.current().nextLong(25L << Math.min(attempt, 5))));
            }
            Map<String, List<WriteRequest>> request = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
        if (!pending.isEmpty()) {
            throw ProvisionedThroughputExceededException.builder()
                    .message("DynamoDB left " + pending.getOrDefault(table, List.of()).size() + " items of a batch unprocessed")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                    .build();
        }
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
