package nl.stadmaken.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stadmaken.testkit.JsonTrees;

/**
 * The hosted sign-in on a loopback port of its own, so that it is another origin than the pages, as Cognito's domain
 * is: {@code GET /oauth2/authorize} shows a one-button sign-in form for the local staff user, {@code POST /login}
 * sends the browser back with a code, {@code POST /oauth2/token} exchanges it (CORS for the pages' origin only).
 */
final class HostedSignInServer {

    private final HostedSignIn signIn;
    private HttpServer server;

    HostedSignInServer(HostedSignIn signIn) {
        this.signIn = signIn;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** What the pages' configuration calls the sign-in domain. */
    String domain() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
            switch (route) {
                case "GET /oauth2/authorize" -> authorize(exchange, LocalApiServer.query(exchange.getRequestURI().getRawQuery()), false);
                case "POST /login" -> authorize(exchange, form(exchange), true);
                case "POST /oauth2/token" -> token(exchange);
                default -> send(exchange, 404, "text/plain; charset=utf-8", "Not Found");
            }
        }
    }

    private void authorize(HttpExchange exchange, Map<String, String> parameters, boolean signedIn) throws IOException {
        switch (signIn.check(parameters)) {
            case HostedSignIn.Check.NotRedirectable refused -> send(exchange, 400, "text/html; charset=utf-8",
                    page("Sign-in refused", "<p>" + escape(refused.error()) + ".</p>"));
            case HostedSignIn.Check.ErrorRedirect error -> redirect(exchange, error.location());
            case HostedSignIn.Check.Valid valid when signedIn -> redirect(exchange, signIn.approve(valid.authorization()));
            case HostedSignIn.Check.Valid valid -> send(exchange, 200, "text/html; charset=utf-8", signInForm(parameters));
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("origin");
        if (origin != null && signIn.pageOrigins().contains(origin)) {
            exchange.getResponseHeaders().add("access-control-allow-origin", origin);
            exchange.getResponseHeaders().add("vary", "Origin");
        }
        exchange.getResponseHeaders().add("cache-control", "no-store");
        String type = exchange.getRequestHeaders().getFirst("content-type");
        HostedSignIn.Redemption redemption = type != null && type.startsWith("application/x-www-form-urlencoded")
                ? signIn.redeem(form(exchange))
                : new HostedSignIn.Redemption.Refused(400, "invalid_request", "the body must be application/x-www-form-urlencoded");
        ObjectNode answer = JsonTrees.object();
        int status = 200;
        switch (redemption) {
            case HostedSignIn.Redemption.Tokens tokens -> {
                if (tokens.idToken() != null) {
                    answer.put("id_token", tokens.idToken());
                }
                answer.put("access_token", tokens.accessToken()).put("token_type", "Bearer").put("expires_in", tokens.expiresIn());
            }
            case HostedSignIn.Redemption.Refused refused -> {
                status = refused.status();
                answer.put("error", refused.error()).put("error_description", refused.description());
            }
        }
        send(exchange, status, "application/json", answer.toString());
    }

    /** Cognito asks for a password; locally the one staff user signs in with a button, the request carried in hidden fields. */
    private static String signInForm(Map<String, String> parameters) {
        String hidden = parameters.entrySet().stream()
                .map(e -> "<input type=\"hidden\" name=\"" + escape(e.getKey()) + "\" value=\"" + escape(e.getValue()) + "\">")
                .collect(Collectors.joining("\n    "));
        return page("Sign in", """
                <p>This stands in for the Cognito hosted sign-in on your own computer. You sign in as
                  <strong>%s</strong>, in the group <strong>%s</strong>.</p>
                  <form method="post" action="/login">
                    %s
                    <button type="submit" id="sign-in">Sign in as %s</button>
                  </form>""".formatted(escape(HostedSignIn.LOCAL_STAFF.email()),
                escape(String.join(", ", HostedSignIn.LOCAL_STAFF.groups())), hidden, escape(HostedSignIn.LOCAL_STAFF.email())));
    }

    private static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - Stadmaken local sign-in</title></head>
                <body>
                <main>
                  <h1>%s</h1>
                  %s
                </main>
                </body>
                </html>
                """.formatted(title, title, body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return LocalApiServer.query(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
