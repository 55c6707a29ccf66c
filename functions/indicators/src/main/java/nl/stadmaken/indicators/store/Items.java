package nl.stadmaken.indicators.store;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers for hand-written item mapping, and the change-time format every source table's {@code changes} index uses. */
final class Items {

    static final DateTimeFormatter CHANGE_TIME = ChangeIndex.TIME;

    private Items() {
    }

    static Long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Long.valueOf(value.n());
    }
}
