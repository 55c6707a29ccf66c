package nl.stadmaken.shared.json;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * Writes Java values as JSON: records as objects of their components in declaration order, maps as objects in their
 * own order, collections and arrays as arrays, enums by name, instants and dates in ISO 8601. A null member of a
 * record or map is left out; a null in a list stays. A {@link JsonTree} is written as it was read, nulls and all.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static void write(JsonGenerator out, Object value) throws IOException {
        write(out, value, false);
    }

    private static void write(JsonGenerator out, Object value, boolean keepNullMembers) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case String text -> out.writeString(text);
            case Boolean bool -> out.writeBoolean(bool);
            case Integer number -> out.writeNumber(number);
            case Long number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case Float number -> out.writeNumber(number);
            case BigDecimal number -> out.writeNumber(number);
            case BigInteger number -> out.writeNumber(number);
            case Short number -> out.writeNumber(number);
            case Byte number -> out.writeNumber(number);
            case Enum<?> constant -> out.writeString(constant.name());
            case Instant instant -> out.writeString(instant.toString());
            case LocalDate date -> out.writeString(date.toString());
            case JsonTree tree -> write(out, tree.value(), true);
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getValue() != null || keepNullMembers) {
                        out.writeFieldName(entry.getKey() instanceof Enum<?> constant ? constant.name() : String.valueOf(entry.getKey()));
                        write(out, entry.getValue(), keepNullMembers);
                    }
                }
                out.writeEndObject();
            }
            case Collection<?> items -> {
                out.writeStartArray();
                for (Object item : items) {
                    write(out, item, keepNullMembers);
                }
                out.writeEndArray();
            }
            case Record record -> {
                RecordShape shape = RecordShape.of(record.getClass());
                out.writeStartObject();
                for (RecordShape.Component component : shape.components()) {
                    Object member = shape.value(record, component);
                    if (member != null) {
                        out.writeFieldName(component.name());
                        write(out, member, false);
                    }
                }
                out.writeEndObject();
            }
            default -> writeArrayOrFail(out, value);
        }
    }

    private static void writeArrayOrFail(JsonGenerator out, Object value) throws IOException {
        Class<?> type = value.getClass();
        if (!type.isArray() || type == byte[].class || type == char[].class) {
            throw new IllegalArgumentException("no JSON form for " + type.getName());
        }
        out.writeStartArray();
        for (int i = 0, length = Array.getLength(value); i < length; i++) {
            write(out, Array.get(value, i), false);
        }
        out.writeEndArray();
    }
}
