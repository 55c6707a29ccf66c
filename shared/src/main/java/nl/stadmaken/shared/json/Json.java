package nl.stadmaken.shared.json;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParseException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadFeature;

/**
 * The one way to read and write JSON. Strict on input (unknown, duplicate or wrongly typed fields are refused, nothing
 * is coerced, nothing may follow the document), plain on output (null members left out). Built on the streaming
 * parser and generator the AWS SDK carries and loads anyway, so a function pays for no second JSON library.
 */
public final class Json {

    /** Like any JSON parser's defaults (no comments, no NaN, no single quotes), and a repeated key is refused. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** Reads a request body into a record; any mismatch becomes a 400 or 422 naming the field. */
    public static <T> T readBody(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The request needs a JSON body.", List.of(new FieldError("body", "missing")));
        }
        T value;
        try {
            value = read(body, type);
        } catch (JsonException e) {
            throw problem(e);
        }
        if (value == null) {
            throw ProblemException.badRequest("The body must be a JSON object.", List.of(new FieldError("body", "null")));
        }
        if (body.contains("\\u")) {
            refuseLoneSurrogates(readTree(body), "");
        }
        return value;
    }

    /**
     * A JSON escape can hold half of a surrogate pair, which is no text at all: DynamoDB and every encoder after it
     * would refuse or mangle it. Valid UTF-8 cannot carry one, so only bodies with escapes are walked.
     */
    private static void refuseLoneSurrogates(JsonTree tree, String path) {
        if (tree.value() instanceof String text && !isWholeText(text)) {
            throw ProblemException.validation(path.isEmpty() ? "body" : path, "not valid text (half of a surrogate pair)");
        }
        if (tree.isObject()) {
            tree.properties().forEach((name, member) -> {
                String child = path.isEmpty() ? name : path + "." + name;
                if (!isWholeText(name)) {
                    throw ProblemException.validation(child, "not a valid field name");
                }
                refuseLoneSurrogates(member, child);
            });
        }
        if (tree.isArray()) {
            int i = 0;
            for (JsonTree element : tree) {
                refuseLoneSurrogates(element, path + "[" + i++ + "]");
            }
        }
    }

    private static boolean isWholeText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads JSON into a record as strictly as a request body; null for a JSON null. */
    public static <T> T read(String json, Class<T> type) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return type.cast(Binder.readDocument(parser, type));
        } catch (JsonParseException e) {
            throw JsonException.syntax(e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw JsonException.unreadable(e);
        }
    }

    /** Reads any JSON document as a tree; a missing tree for empty text. Duplicate keys and trailing text are refused. */
    public static JsonTree readTree(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                return JsonTree.MISSING;
            }
            JsonTree tree = JsonTree.read(parser);
            if (parser.nextToken() != null) {
                throw JsonException.wrongType(JsonTree.class);
            }
            return tree;
        } catch (JsonParseException e) {
            throw JsonException.syntax(e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw JsonException.unreadable(e);
        }
    }

    /** Writes records, maps, collections, text, numbers, booleans, enums, instants and dates as compact JSON. */
    public static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            JsonOutput.write(out, value);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("value cannot be written as JSON: " + value.getClass().getName(), e);
        }
        return text.toString();
    }

    private static ProblemException problem(JsonException e) {
        String field = e.path();
        return switch (e.kind()) {
            case SYNTAX -> ProblemException.badRequest(
                    e.getMessage() != null && e.getMessage().startsWith("Duplicate field") ? e.getMessage() : "The body is not valid JSON.",
                    List.of(new FieldError("body", "not valid JSON")));
            case UNREADABLE -> ProblemException.badRequest("The body could not be read.", List.of(new FieldError("body", "unreadable")));
            case UNKNOWN_FIELD -> ProblemException.validation(field, "unknown field");
            case INVALID -> ProblemException.validation(field, "not a valid " + describe(e.target()));
            case WRONG_TYPE -> field.isEmpty()
                    ? ProblemException.badRequest("The body must be a JSON object.", List.of(new FieldError("body", "wrong type")))
                    : ProblemException.validation(field, "wrong type, expected " + describe(e.target()));
            case NOT_VALID -> ProblemException.validation(field.isEmpty() ? "body" : field, "not valid");
        };
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "choice";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "date-time with offset (ISO 8601)";
        }
        return type.getSimpleName();
    }
}
