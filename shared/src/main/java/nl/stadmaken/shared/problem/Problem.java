package nl.stadmaken.shared.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable per kind of problem so clients can branch on it;
 * {@code detail} is for people; {@code errors} name the fields concerned.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    private static final String TYPE_PREFIX = "urn:stadmaken:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, List.of());
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, errors);
    }

    /** The short code after the type prefix, for example {@code validation}. */
    public String code() {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }
}
