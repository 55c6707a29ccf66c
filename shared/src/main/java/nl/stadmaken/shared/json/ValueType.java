package nl.stadmaken.shared.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a record component holds, as far as reading JSON into it goes; resolved once per record type. */
sealed interface ValueType {

    Set<Class<?>> SCALARS = Set.of(String.class, Integer.class, int.class, Long.class, long.class, Boolean.class,
            boolean.class, Double.class, double.class, BigDecimal.class, Instant.class, LocalDate.class);
    Set<Class<?>> MAP_KEYS = Set.of(String.class, Integer.class, Long.class);

    /** The Java type a problem names: {@code ArrayList} and {@code LinkedHashMap} for lists and maps, as they are built. */
    Class<?> target();

    /** Text, a number, true or false, a date or time, or one of an enum's constants. */
    record Scalar(Class<?> target) implements ValueType {
    }

    record ListOf(ValueType element) implements ValueType {
        public Class<?> target() {
            return ArrayList.class;
        }
    }

    record MapOf(Class<?> key, ValueType value) implements ValueType {
        public Class<?> target() {
            return LinkedHashMap.class;
        }
    }

    /** A nested record, read by its own components. */
    record Nested(Class<?> target) implements ValueType {
    }

    static ValueType of(Type type) {
        if (type instanceof Class<?> plain) {
            if (SCALARS.contains(plain) || plain.isEnum()) {
                return new Scalar(plain);
            }
            if (plain.isRecord()) {
                return new Nested(plain);
            }
        } else if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == List.class) {
                return new ListOf(of(arguments[0]));
            }
            if (raw == Map.class && arguments[0] instanceof Class<?> key && (MAP_KEYS.contains(key) || key.isEnum())) {
                return new MapOf(key, of(arguments[1]));
            }
        }
        throw new IllegalArgumentException("JSON cannot be read into " + type.getTypeName());
    }
}
