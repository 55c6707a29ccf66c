package nl.stadmaken.shared.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;

/** The one JSON mapper. Strict on input (unknown, duplicate or wrongly typed fields are refused), plain on output. */
public final class Json {

    private static final ObjectMapper MAPPER = build();

    private Json() {
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // Text must not turn into numbers, booleans or empty objects by accident.
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a request body into a record; any mismatch becomes a 400 or 422 naming the field. */
    public static <T> T readBody(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The request needs a JSON body.", List.of(new FieldError("body", "missing")));
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ProblemException.badRequest("The body must be a JSON object.", List.of(new FieldError("body", "null")));
            }
            if (body.contains("\\u")) {
                refuseLoneSurrogates(MAPPER.readTree(body), "");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.validation(path(e), "unknown field");
        } catch (InvalidFormatException e) {
            throw ProblemException.validation(path(e), "not a valid " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String field = path(e);
            if (field.isEmpty()) {
                throw ProblemException.badRequest("The body must be a JSON object.", List.of(new FieldError("body", "wrong type")));
            }
            throw ProblemException.validation(field, "wrong type, expected " + describe(e.getTargetType()));
        } catch (JsonParseException e) {
            String detail = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? e.getOriginalMessage() : "The body is not valid JSON.";
            throw ProblemException.badRequest(detail, List.of(new FieldError("body", "not valid JSON")));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw ProblemException.validation(field.isEmpty() ? "body" : field, "not valid");
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read.", List.of(new FieldError("body", "unreadable")));
        }
    }

    /**
     * A JSON escape can hold half of a surrogate pair, which is no text at all: DynamoDB and every encoder after it
     * would refuse or mangle it. Valid UTF-8 cannot carry one, so only bodies with escapes are walked.
     */
    private static void refuseLoneSurrogates(JsonNode node, String path) {
        if (node.isTextual() && !isWholeText(node.textValue())) {
            throw ProblemException.validation(path.isEmpty() ? "body" : path, "not valid text (half of a surrogate pair)");
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (!isWholeText(e.getKey())) {
                    throw ProblemException.validation(child, "not a valid field name");
                }
                refuseLoneSurrogates(e.getValue(), child);
            });
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            refuseLoneSurrogates(node.get(i), path + "[" + i + "]");
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

    public static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be written as JSON: " + value.getClass().getName(), e);
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
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
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return type.getSimpleName().equals("LocalDate") ? "date (YYYY-MM-DD)" : "date-time with offset (ISO 8601)";
        }
        return type.getSimpleName();
    }
}
