package nl.stadmaken.shared.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with the fields of one request, so a client hears about all of them at once. Text is trimmed
 * (blank counts as absent) and may not hold control characters, except line breaks and tabs where text is long.
 */
public final class FieldCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    private final List<FieldError> errors = new ArrayList<>();

    public String text(String field, String value, int maxLength, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            add(field, "at most " + maxLength + " characters");
            return null;
        }
        boolean multiline = maxLength > 200;
        if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t' || c == '\r')))) {
            add(field, "contains control characters");
            return null;
        }
        return trimmed;
    }

    /** An email address, lower-cased so the same address always compares equal. */
    public String email(String field, String value, boolean required) {
        String text = text(field, value, 254, required);
        if (text != null && !EMAIL.matcher(text).matches()) {
            add(field, "not a valid email address");
            return null;
        }
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    public String phone(String field, String value) {
        String text = text(field, value, 20, false);
        if (text != null && !PHONE.matcher(text).matches()) {
            add(field, "not a valid phone number");
            return null;
        }
        return text;
    }

    public String pattern(String field, String value, Pattern pattern, String expected, boolean required) {
        String text = text(field, value, 200, required);
        if (text != null && !pattern.matcher(text).matches()) {
            add(field, "must be " + expected);
            return null;
        }
        return text;
    }

    public Integer range(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        if (value < min || value > max) {
            add(field, "must be from " + min + " to " + max);
            return null;
        }
        return value;
    }

    /** A date-time with an offset (ISO 8601, for example {@code 2027-03-01T09:00:00+01:00}). */
    public Instant instant(String field, String value) {
        return parse(field, value, false, "a date-time with offset, for example 2027-03-01T09:00:00+01:00",
                text -> OffsetDateTime.parse(text).toInstant());
    }

    public LocalDate date(String field, String value) {
        return date(field, value, false);
    }

    /** A date as {@code YYYY-MM-DD}; when {@code required}, missing or blank is an error too. */
    public LocalDate date(String field, String value, boolean required) {
        return parse(field, value, required, "a date as YYYY-MM-DD", LocalDate::parse);
    }

    /** One of a closed set of words; {@code parser} gives null for an unknown word. */
    public <T> T choice(String field, String value, Function<String, T> parser, String allowed, boolean required) {
        String text = text(field, value, 100, required);
        if (text == null) {
            return null;
        }
        T parsed = parser.apply(text);
        if (parsed == null) {
            add(field, "must be one of: " + allowed);
        }
        return parsed;
    }

    public void check(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws a 422 naming every field found wrong, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(List.copyOf(errors));
        }
    }

    private <T> T parse(String field, String value, boolean required, String expected, Function<String, T> parser) {
        String text = text(field, value, 60, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            add(field, "must be " + expected);
            return null;
        }
    }
}
