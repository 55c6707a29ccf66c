package nl.stadmaken.shared.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonException;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.Problem;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Reads the API Gateway HTTP API payload format 2.0 into an {@link HttpRequest} and writes the response format.
 * We read the tree ourselves instead of the runtime's reflective event mapping: fewer classes at cold start,
 * and strict decoding of the body (base64 and UTF-8).
 */
public final class HttpApiEvent {

    private HttpApiEvent() {
    }

    public static HttpRequest parse(String eventJson, int maxBodyBytes) {
        JsonTree event;
        try {
            event = Json.readTree(eventJson);
        } catch (JsonException e) {
            throw ProblemException.badRequest("The event is not valid JSON.", List.of());
        }
        if (!event.isObject()) {
            throw ProblemException.badRequest("The event is not a JSON object.", List.of());
        }
        JsonTree context = event.path("requestContext");
        String routeKey = text(event, "routeKey", text(context, "routeKey", ""));
        String method = text(context.path("http"), "method", routeKey.contains(" ") ? routeKey.substring(0, routeKey.indexOf(' ')) : "");
        Map<String, String> headers = new HashMap<>();
        event.path("headers").properties().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value.asText()));
        String body = decodeBody(event, maxBodyBytes);
        return new HttpRequest(
                routeKey,
                method,
                text(event, "rawPath", text(context.path("http"), "path", "/")),
                headers,
                strings(event.path("queryStringParameters")),
                strings(event.path("pathParameters")),
                body,
                strings(context.path("authorizer").path("jwt").path("claims")),
                text(context, "requestId", ""),
                text(context.path("http"), "sourceIp", ""));
    }

    public static String write(HttpResponse response) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statusCode", response.statusCode());
        out.put("headers", response.headers());
        out.put("body", response.body());
        out.put("isBase64Encoded", false);
        return Json.write(out);
    }

    private static String decodeBody(JsonTree event, int maxBodyBytes) {
        JsonTree bodyNode = event.path("body");
        if (bodyNode.isMissing() || bodyNode.isNull()) {
            return "";
        }
        byte[] bytes;
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                bytes = Base64.getDecoder().decode(bodyNode.asText());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("The body is not valid base64.", List.of(new FieldError("body", "not base64")));
            }
        } else {
            bytes = bodyNode.asText().getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > maxBodyBytes) {
            throw new ProblemException(Problem.of(413, "payload-too-large", "The body is too large",
                    "The body may be at most " + maxBodyBytes + " bytes."));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid UTF-8.", List.of(new FieldError("body", "not UTF-8")));
        }
    }

    private static Map<String, String> strings(JsonTree node) {
        Map<String, String> values = new HashMap<>();
        node.properties().forEach((name, value) -> values.put(name, value.isScalar() ? value.asText() : value.toString()));
        return values;
    }

    private static String text(JsonTree node, String field, String fallback) {
        return node.path(field).asText(fallback);
    }
}
