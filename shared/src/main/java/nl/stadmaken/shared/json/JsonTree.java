package nl.stadmaken.shared.json;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * A JSON document read as it is, for input whose shape is not ours (Lambda events, stream images, data files).
 * {@link #path} never fails: a field that is not there is a missing tree, which reads as empty text, zero or the
 * fallback given. Iterating gives an array's elements (an object's values; nothing for anything else).
 */
public final class JsonTree implements Iterable<JsonTree> {

    private static final Object ABSENT = new Object();
    static final JsonTree MISSING = new JsonTree(ABSENT);

    /** A LinkedHashMap, an ArrayList, a String, an Integer, Long, BigInteger or Double, a Boolean, null or ABSENT. */
    private final Object value;

    private JsonTree(Object value) {
        this.value = value;
    }

    /** Reads the value at the parser's current token, nested values and all. */
    static JsonTree read(JsonParser parser) throws IOException {
        return new JsonTree(plain(parser));
    }

    private static Object plain(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, plain(parser));
                }
                yield members;
            }
            case START_ARRAY -> {
                List<Object> elements = new ArrayList<>();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    elements.add(plain(parser));
                }
                yield elements;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("unexpected " + parser.currentToken());
        };
    }

    Object value() {
        return value;
    }

    /** The member {@code field} of an object; missing when this is no object or has no such member. */
    public JsonTree path(String field) {
        return value instanceof Map<?, ?> members && members.containsKey(field) ? new JsonTree(members.get(field)) : MISSING;
    }

    /** Whether this is an object with a member {@code field}, even a null one. */
    public boolean has(String field) {
        return value instanceof Map<?, ?> members && members.containsKey(field);
    }

    public boolean isObject() {
        return value instanceof Map<?, ?>;
    }

    public boolean isArray() {
        return value instanceof List<?>;
    }

    /** A JSON null, as opposed to a member that is not there. */
    public boolean isNull() {
        return value == null;
    }

    public boolean isMissing() {
        return value == ABSENT;
    }

    /** Text, a number, true, false or null: anything but an object, an array or nothing. */
    public boolean isScalar() {
        return !isObject() && !isArray() && !isMissing();
    }

    /** An object's members in their order; empty for anything else. */
    public Map<String, JsonTree> properties() {
        if (!(value instanceof Map<?, ?> members)) {
            return Map.of();
        }
        Map<String, JsonTree> properties = new LinkedHashMap<>();
        members.forEach((name, member) -> properties.put((String) name, new JsonTree(member)));
        return properties;
    }

    @Override
    public Iterator<JsonTree> iterator() {
        Iterable<?> items = value instanceof List<?> elements ? elements
                : value instanceof Map<?, ?> members ? members.values() : Collections.emptyList();
        List<JsonTree> trees = new ArrayList<>();
        items.forEach(item -> trees.add(new JsonTree(item)));
        return trees.iterator();
    }

    /** Text as it is, a number or boolean as written, {@code "null"} for null; empty for an object, array or nothing. */
    public String asText() {
        return switch (value) {
            case null -> "null";
            case String text -> text;
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            default -> "";
        };
    }

    /** As {@link #asText()}, but {@code fallback} for null or nothing. */
    public String asText(String fallback) {
        return value == null || value == ABSENT ? fallback : asText();
    }

    public int asInt() {
        return asInt(0);
    }

    /** A number (a fraction cut off), text that is a number, 1 or 0 for true or false; else {@code fallback}. */
    public int asInt(int fallback) {
        return (int) asLong(fallback);
    }

    public long asLong() {
        return asLong(0);
    }

    public long asLong(long fallback) {
        Number number = number();
        return number == null ? fallback : number.longValue();
    }

    public double asDouble() {
        return asDouble(0);
    }

    public double asDouble(double fallback) {
        Number number = number();
        return number == null ? fallback : number.doubleValue();
    }

    /** A number as read, or read from text; 1 or 0 for true or false; null for anything else. */
    private Number number() {
        return switch (value) {
            case Number number -> number;
            case Boolean bool -> bool ? 1 : 0;
            case String text -> {
                try {
                    yield Long.parseLong(text.trim());
                } catch (NumberFormatException notWhole) {
                    try {
                        yield Double.parseDouble(text.trim());
                    } catch (NumberFormatException notANumber) {
                        yield null;
                    }
                }
            }
            case null, default -> null;
        };
    }

    /** True or false, a whole number other than 0, or the text {@code true} or {@code false}; else {@code fallback}. */
    public boolean asBoolean(boolean fallback) {
        return switch (value) {
            case Boolean bool -> bool;
            case Integer number -> number != 0;
            case Long number -> number != 0;
            case BigInteger number -> number.signum() != 0;
            case String text when text.trim().equals("true") -> true;
            case String text when text.trim().equals("false") -> false;
            case null, default -> fallback;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonTree tree && Objects.equals(value, tree.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** The tree as compact JSON; nothing at all for a missing tree. */
    @Override
    public String toString() {
        return isMissing() ? "" : Json.write(this);
    }
}
