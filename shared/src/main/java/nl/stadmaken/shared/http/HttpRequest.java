package nl.stadmaken.shared.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * What a handler needs of an HTTP API v2 event. Header names are lower case, as API Gateway sends them;
 * {@code claims} are the JWT claims the authorizer passed on (empty on public routes); {@code sourceIp} is the
 * caller's address as API Gateway saw it, for limiting attempts only (it is never stored or logged as it is).
 */
public record HttpRequest(
        String routeKey,
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> query,
        Map<String, String> pathParameters,
        String body,
        Map<String, String> claims,
        String requestId,
        String sourceIp) {

    public HttpRequest {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        pathParameters = Map.copyOf(pathParameters);
        claims = Map.copyOf(claims);
        body = body == null ? "" : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
    }

    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null || value.isEmpty()) {
            throw ProblemException.notFound("No " + name + " in the path.");
        }
        return value;
    }

    public <T> T body(Class<T> type) {
        return Json.readBody(body, type);
    }
}
