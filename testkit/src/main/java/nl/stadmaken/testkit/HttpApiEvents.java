package nl.stadmaken.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds HTTP API payload 2.0 events the way API Gateway sends them, for the local runner and tests. */
public final class HttpApiEvents {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}+]+)\\+?}");

    private HttpApiEvents() {
    }

    /**
     * Matches a concrete path against a route path such as {@code /trajectories/{id}/signups}; gives the path
     * parameters, or null when it does not match.
     */
    public static Map<String, String> match(String routePath, String path) {
        Matcher variables = PATH_VARIABLE.matcher(routePath);
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        List<String> names = new ArrayList<>();
        while (variables.find()) {
            regex.append(Pattern.quote(routePath.substring(last, variables.start())));
            boolean greedy = variables.group().endsWith("+}");
            regex.append(greedy ? "(.+)" : "([^/]+)");
            names.add(variables.group(1));
            last = variables.end();
        }
        regex.append(Pattern.quote(routePath.substring(last))).append("$");
        Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), URLDecoder.decode(matcher.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    public static String event(String routeKey, String path, Map<String, String> pathParameters, Map<String, String> query,
                               Map<String, String> headers, String body, Map<String, String> claims) {
        return event(routeKey, path, pathParameters, query, headers, body, false, claims);
    }

    /** As API Gateway does, a body of a binary media type travels base64-encoded. */
    public static String event(String routeKey, String path, Map<String, String> pathParameters, Map<String, String> query,
                               Map<String, String> headers, String body, boolean base64Body, Map<String, String> claims) {
        ObjectNode event = JsonTrees.object();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        StringBuilder rawQuery = new StringBuilder();
        query.forEach((key, value) -> rawQuery.append(rawQuery.isEmpty() ? "" : "&").append(key).append('=').append(value));
        event.put("rawQueryString", rawQuery.toString());
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach((key, value) -> headerNode.put(key.toLowerCase(Locale.ROOT), value));
        if (!query.isEmpty()) {
            ObjectNode queryNode = event.putObject("queryStringParameters");
            query.forEach(queryNode::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode pathNode = event.putObject("pathParameters");
            pathParameters.forEach(pathNode::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", "127.0.0.1");
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("timeEpoch", Instant.now().toEpochMilli());
        ObjectNode http = context.putObject("http");
        http.put("method", routeKey.substring(0, routeKey.indexOf(' ')));
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", headers.getOrDefault("user-agent", "stadmaken-local"));
        if (!claims.isEmpty()) {
            ObjectNode claimNode = context.putObject("authorizer").putObject("jwt").putObject("claims");
            claims.forEach(claimNode::put);
            context.withObject("authorizer").withObject("jwt").putArray("scopes");
        }
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", base64Body);
        return event.toString();
    }
}
