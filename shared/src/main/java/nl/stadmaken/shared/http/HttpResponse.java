package nl.stadmaken.shared.http;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.problem.Problem;

/** An HTTP API v2 response: status, headers and a text body. */
public record HttpResponse(int statusCode, Map<String, String> headers, String body) {

    public HttpResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static HttpResponse json(int status, Object value) {
        return new HttpResponse(status, Map.of("content-type", "application/json"), Json.write(value));
    }

    public static HttpResponse ok(Object value) {
        return json(200, value);
    }

    public static HttpResponse created(Object value) {
        return json(201, value);
    }

    public static HttpResponse text(int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("content-type", contentType);
        return new HttpResponse(status, headers, body);
    }

    public static HttpResponse problem(Problem problem) {
        return new HttpResponse(problem.status(), Map.of("content-type", "application/problem+json"), Json.write(problem));
    }

    public HttpResponse withHeaders(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new HttpResponse(statusCode, merged, body);
    }
}
