package nl.stadmaken.shared.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JacksonException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * Reads JSON into records (by component name, through the canonical constructor), lists, maps and scalars, token by
 * token. Nothing is coerced: text is not a number, a number is not text, a fraction is not a whole number, and empty
 * text is refused. The first problem in document order is reported with the path to it, except that an unknown field
 * waits until the record's own fields are checked. These are the answers clients have always had, down to which
 * field a problem names, so that forms keep showing each problem next to the same field.
 */
final class Binder {

    private Binder() {
    }

    /** The whole document as one {@code type}, or null for a JSON null; anything after it is refused. */
    static Object readDocument(JsonParser parser, Class<?> type) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw JsonException.wrongType(type);
        }
        Object value = first == JsonToken.VALUE_NULL ? null : read(parser, ValueType.of(type));
        if (parser.nextToken() != null) {
            throw JsonException.wrongType(type);
        }
        return value;
    }

    /** The value at the parser's current token: null for a JSON null (refused where Java has no null). */
    private static Object value(JsonParser parser, ValueType type) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            if (type.target().isPrimitive()) {
                throw JsonException.wrongType(type.target());
            }
            return null;
        }
        return read(parser, type);
    }

    private static Object read(JsonParser parser, ValueType type) throws IOException {
        return switch (type) {
            case ValueType.Scalar scalar -> scalar(parser, scalar.target());
            case ValueType.ListOf list -> list(parser, list);
            case ValueType.MapOf map -> map(parser, map);
            case ValueType.Nested nested -> record(parser, nested.target());
        };
    }

    private static Object record(JsonParser parser, Class<?> type) throws IOException {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            throw notAContainer(parser, type);
        }
        RecordShape shape = RecordShape.of(type);
        Object[] values = new Object[shape.components().size()];
        boolean[] given = new boolean[values.length];
        int missing = values.length;
        String unknown = null;
        JsonToken token = parser.nextToken();
        while (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            RecordShape.Component component = shape.component(name);
            if (component == null) {
                unknown = unknown == null ? name : unknown;
                skip(parser);
                token = parser.nextToken();
                continue;
            }
            try {
                values[component.index()] = value(parser, shape.typeOf(component));
            } catch (JsonException e) {
                throw e.under(name);
            } catch (JacksonException e) {
                throw JsonException.notValid(e).under(name);
            }
            given[component.index()] = true;
            token = parser.nextToken();
            if (--missing == 0) {
                // Every component is given: the record is built now, and any field still to come is unknown.
                break;
            }
        }
        for (RecordShape.Component component : shape.components()) {
            if (!given[component.index()] && component.raw().isPrimitive()) {
                throw JsonException.wrongType(component.raw()).under(component.name());
            }
        }
        Object record;
        try {
            record = shape.create(values);
        } catch (RuntimeException e) {
            throw JsonException.notValid(e);
        }
        if (unknown != null) {
            throw JsonException.unknownField(unknown);
        }
        if (token == JsonToken.FIELD_NAME) {
            throw JsonException.unknownField(parser.currentName());
        }
        return record;
    }

    private static List<Object> list(JsonParser parser, ValueType.ListOf type) throws IOException {
        boolean ofText = type.element().target() == String.class;
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            // Text given for any list is read, so that broken text is reported as broken, not as the wrong type.
            JsonException refused = notAContainer(parser, type.target());
            throw ofText ? refused : JsonException.wrongType(type.target());
        }
        List<Object> values = new ArrayList<>();
        for (JsonToken token = next(parser, ofText, 0); token != JsonToken.END_ARRAY; token = next(parser, ofText, values.size())) {
            values.add(element(parser, type.element(), values.size()));
        }
        return values;
    }

    /** Broken JSON between the elements of a list of text is reported at the element it comes before. */
    private static JsonToken next(JsonParser parser, boolean atElement, int index) throws IOException {
        if (!atElement) {
            return parser.nextToken();
        }
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            throw JsonException.notValid(e).under(index);
        }
    }

    private static Object element(JsonParser parser, ValueType type, int index) throws IOException {
        try {
            return value(parser, type);
        } catch (JsonException e) {
            throw e.under(index);
        } catch (JacksonException e) {
            throw JsonException.notValid(e).under(index);
        }
    }

    private static Map<Object, Object> map(JsonParser parser, ValueType.MapOf type) throws IOException {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            throw notAContainer(parser, type.target());
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            Object key = key(name, type.key());
            parser.nextToken();
            // Broken text inside a value is reported at the map itself, not at the key.
            try {
                values.put(key, value(parser, type.value()));
            } catch (JsonException e) {
                throw e.under(name);
            }
        }
        return values;
    }

    private static Object key(String name, Class<?> type) {
        try {
            if (type == Integer.class) {
                return Integer.parseInt(name);
            }
            if (type == Long.class) {
                return Long.parseLong(name);
            }
        } catch (NumberFormatException e) {
            throw JsonException.invalid(type);
        }
        return type.isEnum() ? constant(type, name) : name;
    }

    private static Object scalar(JsonParser parser, Class<?> type) throws IOException {
        JsonToken token = parser.currentToken();
        if (type == String.class) {
            return switch (token) {
                case VALUE_STRING -> parser.getText();
                case START_OBJECT, START_ARRAY -> throw JsonException.wrongType(type);
                default -> throw JsonException.invalid(type);
            };
        }
        if (type.isEnum()) {
            return switch (token) {
                case VALUE_STRING -> constant(type, parser.getText());
                case VALUE_NUMBER_INT -> {
                    parser.getIntValue();
                    throw JsonException.invalid(type);
                }
                default -> throw JsonException.wrongType(type);
            };
        }
        if (type == Instant.class || type == LocalDate.class) {
            return time(parser, type);
        }
        if (token == JsonToken.VALUE_STRING) {
            return numberOrBooleanAsText(parser.getText(), type);
        }
        if (type == Boolean.class || type == boolean.class) {
            return switch (token) {
                case VALUE_TRUE -> true;
                case VALUE_FALSE -> false;
                case VALUE_NUMBER_INT -> throw JsonException.invalid(type);
                default -> throw JsonException.wrongType(type);
            };
        }
        boolean whole = type == Integer.class || type == int.class || type == Long.class || type == long.class;
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (!whole) {
                throw JsonException.invalid(type);
            }
            return type == Integer.class || type == int.class ? (Object) parser.getIntValue() : (Object) parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            if (whole) {
                throw JsonException.invalid(type);
            }
            return type == BigDecimal.class ? (Object) parser.getDecimalValue() : (Object) parser.getDoubleValue();
        }
        throw JsonException.wrongType(type);
    }

    /** Text where a number or boolean belongs is refused, but for the words a double is written as when not finite. */
    private static Object numberOrBooleanAsText(String text, Class<?> type) {
        if (type == Double.class || type == double.class) {
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "Infinity", "INF":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity", "-INF":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw blank(text) ? JsonException.invalid(type) : JsonException.wrongType(type);
    }

    /** Instants and dates only as ISO 8601 text: no epoch numbers, no date-time where a date belongs. */
    private static Object time(JsonParser parser, Class<?> type) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw JsonException.wrongType(type);
        }
        try {
            return type == Instant.class
                    ? DateTimeFormatter.ISO_INSTANT.parse(parser.getText(), Instant::from)
                    : LocalDate.parse(parser.getText());
        } catch (DateTimeParseException e) {
            throw JsonException.invalid(type);
        }
    }

    private static Object constant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw JsonException.invalid(type);
    }

    /** A record, list or map given as something else: empty text is an invalid one, anything else the wrong type. */
    private static JsonException notAContainer(JsonParser parser, Class<?> type) throws IOException {
        return parser.hasToken(JsonToken.VALUE_STRING) && blank(parser.getText())
                ? JsonException.invalid(type) : JsonException.wrongType(type);
    }

    private static boolean blank(String text) {
        return text.chars().allMatch(c -> c <= ' ');
    }

    /** Passes over an unknown field's value, reading its text on the way, so broken text in it is still refused. */
    private static void skip(JsonParser parser) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT -> parser.getNumberValue();
                default -> {
                }
            }
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }
}
