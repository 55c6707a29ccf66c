package nl.stadmaken.testkit;

import java.util.List;
import java.util.Map;

/** Typed access to the maps and lists SnakeYAML gives, with errors that say where the template is off. */
final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(where + " should be a mapping in template.yaml");
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(where + " should be a list in template.yaml");
    }
}
