package nl.stadmaken.shared.dynamo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of the sparse {@code changes} index every function's table has, through which the indicators job reads only
 * what changed: the UTC day of the change, and the change time with the item's key, so entries are unique and sort by
 * time. Writers stamp the items the indicators count; the job queries day by day from its watermark.
 */
public final class ChangeIndex {

    public static final String INDEX = "changes";
    /** The update-expression part that stamps an item, with the names and values {@link #addTo} provides. */
    public static final String SET = "#chgDay = :chgDay, #chgAt = :chgAt";
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ChangeIndex() {
    }

    /** The two attributes to put on an item written whole. */
    public static Map<String, AttributeValue> keys(String pk, String sk, Instant now) {
        String time = TIME.format(now);
        return Map.of("chgDay", AttributeValue.fromS(time.substring(0, 10)), "chgAt", AttributeValue.fromS(time + "#" + pk + "#" + sk));
    }

    /** Adds the names and values {@link #SET} needs to an update's. */
    public static void addTo(Map<String, String> names, Map<String, AttributeValue> values, String pk, String sk, Instant now) {
        names.put("#chgDay", "chgDay");
        names.put("#chgAt", "chgAt");
        keys(pk, sk, now).forEach((name, value) -> values.put(":" + name, value));
    }
}
