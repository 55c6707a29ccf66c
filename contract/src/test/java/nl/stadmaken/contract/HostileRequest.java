package nl.stadmaken.contract;

import java.util.Map;

/**
 * One request the fuzzer sends: a route with path, query, headers and a body (as text, or as base64 when
 * {@code base64}), from a source address. {@code fault} says what was done to it; {@code field} is the JSON path of
 * the one field made wrong in an otherwise well-formed body, which a refusal should then name.
 */
record HostileRequest(String routeKey, Map<String, String> pathParameters, Map<String, String> query,
                      Map<String, String> headers, String body, boolean base64, String sourceIp, String fault, String field) {

    String method() {
        return routeKey.substring(0, routeKey.indexOf(' '));
    }

    @Override
    public String toString() {
        String shownBody = body == null ? "none" : body.length() > 300 ? body.substring(0, 300) + "... (" + body.length() + " chars)" : body;
        return routeKey + " [" + fault + (field == null ? "" : " at " + field) + "] path=" + abbreviate(pathParameters)
                + " query=" + abbreviate(query) + " headers=" + abbreviate(headers) + " base64=" + base64 + " body=" + shownBody;
    }

    private static String abbreviate(Map<String, String> values) {
        String text = values.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
