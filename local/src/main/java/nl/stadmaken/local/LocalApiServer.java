package nl.stadmaken.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.stadmaken.testkit.HttpApiEvents;
import nl.stadmaken.testkit.JsonTrees;

/**
 * The HTTP API on loopback: matches a request to the template's routes (literal paths before variables, as API
 * Gateway does), refuses staff routes without a valid token as the authorizer would, sends the v2 event to the
 * function, and writes back its response. Other GET requests are served from {@code web/}, except the files the
 * runner writes for this environment (its {@code config.js}); those are served as in {@code web/} when asked with a query.
 */
final class LocalApiServer {

    record ApiRoute(String method, String path, boolean staff, FunctionHost host) {
        String routeKey() {
            return method + " " + path;
        }

        long variables() {
            return path.chars().filter(c -> c == '{').count();
        }
    }

    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8", "woff2", "font/woff2");

    private final List<ApiRoute> routes;
    private final LocalIssuer issuer;
    private final Path web;
    private final Map<String, String> environmentFiles;
    private HttpServer server;
    private ExecutorService executor;

    LocalApiServer(List<ApiRoute> routes, LocalIssuer issuer, Path web, Map<String, String> environmentFiles) {
        this.routes = routes.stream().sorted(Comparator.comparingLong(ApiRoute::variables)).toList();
        this.issuer = issuer;
        this.web = web;
        this.environmentFiles = Map.copyOf(environmentFiles);
    }

    void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        executor = Executors.newFixedThreadPool(32);
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean empty = answer.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }

    Answer answer(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        for (ApiRoute route : routes) {
            Map<String, String> parameters = route.method().equals(method) ? HttpApiEvents.match(route.path(), rawPath) : null;
            if (parameters == null) {
                continue;
            }
            Map<String, String> claims = Map.of();
            if (route.staff()) {
                Optional<Map<String, String>> verified = issuer.verify(headers.get("authorization"));
                if (verified.isEmpty()) {
                    return gatewayMessage(401, "Unauthorized");
                }
                claims = verified.get();
            }
            return invoke(route, path, parameters, query(rawQuery), headers, body, claims);
        }
        if ((method.equals("GET") || method.equals("HEAD")) && rawQuery == null && environmentFiles.containsKey(path)) {
            return new Answer(200, Map.of("content-type", mediaType(path), "cache-control", "no-cache"),
                    environmentFiles.get(path).getBytes(StandardCharsets.UTF_8));
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            return file(path);
        }
        return gatewayMessage(404, "Not Found");
    }

    private Answer invoke(ApiRoute route, String path, Map<String, String> parameters, Map<String, String> query,
                          Map<String, String> headers, byte[] body, Map<String, String> claims) {
        boolean binary = body.length > 0 && !isText(headers.getOrDefault("content-type", ""));
        String payload = body.length == 0 ? null
                : binary ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8);
        String event = HttpApiEvents.event(route.routeKey(), path, parameters, query, headers, payload, binary, claims);
        try {
            JsonNode response = JsonTrees.read(route.host().invoke(event));
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.path("headers").properties().forEach(e -> responseHeaders.put(e.getKey(), e.getValue().asText()));
            String text = response.path("body").asText("");
            byte[] bytes = response.path("isBase64Encoded").asBoolean(false)
                    ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
            return new Answer(response.path("statusCode").asInt(500), responseHeaders, bytes);
        } catch (RuntimeException e) {
            System.err.println("function " + route.routeKey() + " failed: " + e);
            return gatewayMessage(500, "Internal Server Error");
        }
    }

    private Answer file(String path) {
        if (web == null) {
            return gatewayMessage(404, "Not Found");
        }
        Path file = web.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(web) || !Files.isRegularFile(file)) {
            return gatewayMessage(404, "Not Found");
        }
        try {
            return new Answer(200, Map.of("content-type", mediaType(file.getFileName().toString()),
                    "cache-control", "no-cache"), Files.readAllBytes(file));
        } catch (IOException e) {
            return gatewayMessage(500, "Internal Server Error");
        }
    }

    private static String mediaType(String name) {
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded");
    }

    /** API Gateway answers what never reaches a function with {@code {"message": ...}}. */
    private static Answer gatewayMessage(int status, String message) {
        return new Answer(status, Map.of("content-type", "application/json"),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** A query string or form body as names and values; a repeated name keeps its values joined by commas. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            query.merge(name, value, (first, second) -> first + "," + second);
        }
        return query;
    }
}
