package nl.stadmaken.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A filter pattern of a Lambda event source mapping, matched as Lambda matches it, so that a test sees the records a
 * function would get. It knows the part of the pattern syntax the template uses (nested objects, lists of values,
 * {@code prefix}, {@code exists}, {@code anything-but}) and refuses any other, rather than guess.
 */
public final class EventFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode pattern;

    private EventFilter(JsonNode pattern) {
        this.pattern = pattern;
    }

    public static EventFilter of(String pattern) {
        try {
            return new EventFilter(JSON.readTree(pattern));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an event source mapping with these filter patterns passes: a record matching any, or all with none. */
    public static Predicate<JsonNode> anyOf(List<String> patterns) {
        List<EventFilter> filters = patterns.stream().map(EventFilter::of).toList();
        return record -> filters.isEmpty() || filters.stream().anyMatch(filter -> filter.matches(record));
    }

    public boolean matches(JsonNode record) {
        return matches(pattern, record);
    }

    private static boolean matches(JsonNode pattern, JsonNode event) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = event == null ? null : event.get(field.getKey());
            JsonNode expected = field.getValue();
            boolean ok = expected.isObject() ? value != null && value.isObject() && matches(expected, value)
                    : expected.isArray() ? anyOf(expected, value)
                    : failOn("a pattern value must be an object or a list: " + expected);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOf(JsonNode alternatives, JsonNode value) {
        for (JsonNode alternative : alternatives) {
            if (alternative.isObject() ? operator(alternative, value) : value != null && value.isValueNode() && value.equals(alternative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean operator(JsonNode operator, JsonNode value) {
        if (operator.size() != 1) {
            return failOn("one operator per object: " + operator);
        }
        String name = operator.fieldNames().next();
        JsonNode argument = operator.get(name);
        return switch (name) {
            case "prefix" -> value != null && value.isTextual() && value.asText().startsWith(argument.asText());
            case "exists" -> (value != null && !value.isNull()) == argument.asBoolean();
            case "anything-but" -> value != null && value.isValueNode()
                    && !(argument.isArray() ? anyOf(argument, value) : value.equals(argument));
            default -> failOn("filter operator " + name + " is not known to this test filter");
        };
    }

    private static boolean failOn(String message) {
        throw new IllegalArgumentException(message);
    }
}
