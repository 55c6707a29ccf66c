package nl.stadmaken.indicators.store;

import static nl.stadmaken.shared.dynamo.Attributes.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads what changed in a table through its sparse {@code changes} index: one key-condition query per UTC day from
 * the watermark's day to the upper bound's, so the cost follows the changes, never the table's size.
 */
public final class ChangeFeed {

    private final DynamoDbClient dynamo;

    public ChangeFeed(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /** A moment in the form of the index's change times, for watermarks. */
    public static String changeTime(Instant instant) {
        return Items.CHANGE_TIME.format(instant);
    }

    /**
     * Every item whose change time is at or after {@code from} and before {@code until} (both
     * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}), in change order per day.
     */
    public void read(String table, String from, String until, Consumer<Map<String, AttributeValue>> each) {
        LocalDate last = LocalDate.parse(until.substring(0, 10));
        for (LocalDate day = LocalDate.parse(from.substring(0, 10)); !day.isAfter(last); day = day.plusDays(1)) {
            QueryRequest query = QueryRequest.builder().tableName(table).indexName(ChangeIndex.INDEX)
                    .keyConditionExpression("#day = :day AND #at BETWEEN :from AND :until")
                    .expressionAttributeNames(Map.of("#day", "chgDay", "#at", "chgAt"))
                    .expressionAttributeValues(Map.of(":day", s(day.toString()), ":from", s(from), ":until", s(until)))
                    .build();
            dynamo.queryPaginator(query).items().forEach(each);
        }
    }
}
