package nl.stadmaken.testkit;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a function's handler the way API Gateway would: finds the route for a method and path, builds the v2 event
 * (with staff claims when asked) and returns the response. For tests that go through the handler.
 */
public final class HandlerClient {

    /** Claims the authorizer passes on for a signed-in staff member. */
    public static final Map<String, String> STAFF = Map.of("sub", "staff-test-user", "cognito:groups", "[staff]");
    public static final Map<String, String> RESIDENT = Map.of();

    private final RequestStreamHandler handler;
    private final String functionName;
    private final Collection<String> routeKeys;

    public HandlerClient(RequestStreamHandler handler, String functionName, Collection<String> routeKeys) {
        this.handler = handler;
        this.functionName = functionName;
        this.routeKeys = routeKeys;
    }

    public LambdaInvoker.Response get(String path, Map<String, String> claims) {
        return call("GET", path, null, Map.of(), claims);
    }

    public LambdaInvoker.Response post(String path, String body, Map<String, String> claims) {
        return call("POST", path, body, Map.of(), claims);
    }

    public LambdaInvoker.Response put(String path, String body, Map<String, String> claims) {
        return call("PUT", path, body, Map.of(), claims);
    }

    public LambdaInvoker.Response call(String method, String pathAndQuery, String body, Map<String, String> headers,
                                       Map<String, String> claims) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Map<String, String> query = new LinkedHashMap<>();
        if (pathAndQuery.contains("?")) {
            for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        Map<String, String> allHeaders = new LinkedHashMap<>();
        if (body != null) {
            allHeaders.put("content-type", "application/json");
        }
        allHeaders.putAll(headers);
        for (String routeKey : routeKeys) {
            String routeMethod = routeKey.substring(0, routeKey.indexOf(' '));
            Map<String, String> parameters = HttpApiEvents.match(routeKey.substring(routeKey.indexOf(' ') + 1), path);
            if (routeMethod.equals(method) && parameters != null) {
                return LambdaInvoker.invoke(handler, functionName,
                        HttpApiEvents.event(routeKey, path, parameters, query, allHeaders, body, claims));
            }
        }
        throw new IllegalArgumentException("no route for " + method + " " + path);
    }
}
