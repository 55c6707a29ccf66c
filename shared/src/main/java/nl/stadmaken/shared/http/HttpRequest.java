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

    /** Characters in a path parameter at most; ids and tokens are far shorter, and 4 bytes each still fit a sort key. */
    public static final int MAX_PATH_PARAMETER_LENGTH = 200;

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

    /**
     * A path parameter, which names something stored. One longer than any id we hand out cannot name anything, and as
     * part of a DynamoDB key it would be refused by DynamoDB itself (keys hold at most 1024 or 2048 bytes): not found.
     */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null || value.isEmpty()) {
            throw ProblemException.notFound("No " + name + " in the path.");
        }
        if (value.length() > MAX_PATH_PARAMETER_LENGTH) {
            throw ProblemException.notFound("No such " + name + ": it is longer than any " + name + " can be.");
        }
        return value;
    }

    public <T> T body(Class<T> type) {
        return Json.readBody(body, type);
    }
}
