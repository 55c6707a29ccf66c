package nl.stadmaken.shared.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON that cannot be read, or not into the type asked for. {@link #path()} names where, as the problem responses
 * do ({@code agreement.subject}, {@code proposals[2]}); it is empty for the document as a whole.
 */
public final class JsonException extends RuntimeException {

    /** How the value went wrong; each answers a request with its own problem. */
    enum Kind {
        /** Not JSON at all, or a duplicate key: the text itself is wrong. */
        SYNTAX,
        /** The input could not be read (for example it exceeds the parser's limits). */
        UNREADABLE,
        /** A value of the right JSON type but not a valid one (a number for text, {@code 3.5} for a whole number). */
        INVALID,
        /** A value of the wrong JSON type (an object for a number, text for a list). */
        WRONG_TYPE,
        /** A field the record does not have. */
        UNKNOWN_FIELD,
        /** Anything else under a field: text broken inside it, a number out of range, a record that refused its values. */
        NOT_VALID
    }

    private final Kind kind;
    private final transient Class<?> target;
    private final transient Deque<String> path = new ArrayDeque<>();

    JsonException(Kind kind, Class<?> target, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.target = target;
    }

    static JsonException invalid(Class<?> target) {
        return new JsonException(Kind.INVALID, target, "not a valid " + target.getSimpleName(), null);
    }

    static JsonException wrongType(Class<?> target) {
        return new JsonException(Kind.WRONG_TYPE, target, "wrong type, expected " + target.getSimpleName(), null);
    }

    static JsonException syntax(String message, Throwable cause) {
        return new JsonException(Kind.SYNTAX, null, message, cause);
    }

    static JsonException unreadable(Throwable cause) {
        return new JsonException(Kind.UNREADABLE, null, "not readable", cause);
    }

    static JsonException notValid(Throwable cause) {
        return new JsonException(Kind.NOT_VALID, null, "not valid", cause);
    }

    static JsonException unknownField(String name) {
        return new JsonException(Kind.UNKNOWN_FIELD, null, "unknown field", null).under(name);
    }

    /** The same problem one level further out: inside field {@code name}. */
    JsonException under(String name) {
        path.addFirst(name);
        return this;
    }

    /** The same problem one level further out: inside the list's element {@code index}. */
    JsonException under(int index) {
        path.addFirst("[" + index + "]");
        return this;
    }

    /** Where in the document, for example {@code answers.1.1} or {@code items[0].label}; empty for the whole. */
    public String path() {
        return String.join(".", path).replace(".[", "[");
    }

    Kind kind() {
        return kind;
    }

    /** The Java type the value was read as, for the message; null where none applies. */
    Class<?> target() {
        return target;
    }

    @Override
    public String getMessage() {
        String where = path();
        return where.isEmpty() ? super.getMessage() : where + ": " + super.getMessage();
    }
}
