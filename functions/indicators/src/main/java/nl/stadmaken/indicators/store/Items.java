package nl.stadmaken.indicators.store;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers for hand-written item mapping, and the change-time format every source table's {@code changes} index uses. */
final class Items {

    static final DateTimeFormatter CHANGE_TIME = ChangeIndex.TIME;

    private Items() {
    }

    /** The {@code changes} index keys of an item of this function's own table. */
    static Map<String, AttributeValue> changed(String pk, String sk, Instant now) {
        return ChangeIndex.keys(pk, sk, now);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static Long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Long.valueOf(value.n());
    }
}
