package nl.stadmaken.shared.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record type's components in declaration order, with their accessors and the canonical constructor: what JSON
 * objects are read into and written from. Built on first use of a type and kept for the life of the class.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    /** {@code declared} gives the generic type, parsed from the class file only when a record is read. */
    record Component(int index, String name, Method accessor, Class<?> raw, RecordComponent declared) {
    }

    private final Constructor<?> constructor;
    private final List<Component> components;
    private final Map<String, Component> byName = new HashMap<>();
    /** Resolved on first read, so that a record that is only written may hold what cannot be read. */
    private volatile ValueType[] types;

    private RecordShape(Class<?> type) {
        RecordComponent[] declared = type.getRecordComponents();
        Class<?>[] parameters = new Class<?>[declared.length];
        Component[] resolved = new Component[declared.length];
        for (int i = 0; i < declared.length; i++) {
            Method accessor = declared[i].getAccessor();
            accessor.setAccessible(true);
            parameters[i] = declared[i].getType();
            resolved[i] = new Component(i, declared[i].getName(), accessor, declared[i].getType(), declared[i]);
        }
        this.components = List.of(resolved);
        components.forEach(component -> byName.put(component.name(), component));
        try {
            this.constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without a canonical constructor: " + type.getName(), e);
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    List<Component> components() {
        return components;
    }

    /** The component named {@code name}, or null. */
    Component component(String name) {
        return byName.get(name);
    }

    ValueType typeOf(Component component) {
        ValueType[] resolved = types;
        if (resolved == null) {
            resolved = components.stream().map(c -> ValueType.of(c.declared().getGenericType())).toArray(ValueType[]::new);
            types = resolved;
        }
        return resolved[component.index()];
    }

    Object value(Object record, Component component) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor " + component.name() + " failed", e.getCause());
        }
    }

    /** Builds the record; a constructor that refuses the values throws its own exception, unwrapped. */
    Object create(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException(e);
        }
    }
}
