package nl.stadmaken.shared.http;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.shared.auth.StaffClaims;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.shared.dynamo.TemporaryFaults;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.shared.log.JsonLog;
import nl.stadmaken.shared.problem.Problem;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Everything between the HTTP API event and a route's handler: routing on {@code routeKey}, the staff check, body
 * rules (size, media type, UTF-8), idempotent writes, problem+json for every failure, security headers and one log
 * line per request.
 */
public final class HttpApi {

    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Left of Lambda's timeout to write the answer: a function cut off answers nothing, and API Gateway says 5xx. */
    static final Duration ANSWER_MARGIN = Duration.ofSeconds(1);
    /** Left of the budget after a route's work to store or release its idempotency record. */
    static final Duration BOOKKEEPING = Duration.ofMillis(700);
    /** The budget where no Lambda context tells the time left: the template's 10 second timeout less the margin. */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(9);
    /** An HTTP API waits at most 30 seconds for its integration, whatever the function's own timeout. */
    static final Duration HTTP_API_TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "x-content-type-options", "nosniff",
            "cache-control", "no-store",
            "referrer-policy", "no-referrer",
            "strict-transport-security", "max-age=31536000; includeSubDomains",
            "content-security-policy", "default-src 'none'; frame-ancestors 'none'");

    private final Map<String, Route> routes;
    private final IdempotentWrites idempotency;
    private final JsonLog log;
    /** The largest body any route takes; each route's own limit is checked once the route is known. */
    private final int maxBodyBytes;

    public HttpApi(List<Route> routes, IdempotentWrites idempotency, JsonLog log) {
        // A loop rather than a collector, whose classes a cold start would load for this alone.
        Map<String, Route> byKey = new HashMap<>();
        int largestBody = routes.isEmpty() ? DEFAULT_MAX_BODY_BYTES : 0;
        for (Route route : routes) {
            if (byKey.putIfAbsent(route.routeKey(), route) != null) {
                throw new IllegalArgumentException("two routes for " + route.routeKey());
            }
            largestBody = Math.max(largestBody, route.maxBodyBytes());
        }
        this.routes = Map.copyOf(byKey);
        this.idempotency = idempotency;
        this.log = log;
        this.maxBodyBytes = largestBody;
    }

    /** The route keys this API answers, as {@code template.yaml} must declare them. */
    public Set<String> routeKeys() {
        return routes.keySet();
    }

    public Route.Access access(String routeKey) {
        return routes.get(routeKey).access();
    }

    /** The Lambda entry: reads the event, answers it, writes the response. */
    public void handle(InputStream input, OutputStream output, Context context) throws IOException {
        long started = System.nanoTime();
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        HttpRequest request = null;
        HttpResponse response;
        try {
            HttpRequest parsed = HttpApiEvent.parse(event, maxBodyBytes);
            request = parsed;
            response = RequestDeadline.within(budget(context), () -> handle(parsed));
        } catch (ProblemException e) {
            response = problem(e);
        }
        output.write(HttpApiEvent.write(response).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", context != null ? context.getAwsRequestId() : request != null ? request.requestId() : "");
        fields.put("route", request != null ? request.routeKey() : "");
        fields.put("status", response.statusCode());
        fields.put("durationMs", (System.nanoTime() - started) / 1_000_000);
        log.info("request", fields);
    }

    public HttpResponse handle(HttpRequest request) {
        HttpResponse response;
        try {
            Route route = routes.get(request.routeKey());
            if (route == null) {
                throw ProblemException.notFound("No route " + request.routeKey() + ".");
            }
            if (route.access() == Route.Access.STAFF) {
                StaffClaims.requireStaff(request.claims());
            }
            checkBody(request, route);
            if (route.isWrite() && idempotency != null && request.header(IdempotentWrites.HEADER).isPresent()) {
                response = idempotency.run(request, () -> RequestDeadline.reserving(BOOKKEEPING, () -> answer(route, request)));
            } else {
                response = answer(route, request);
            }
        } catch (ProblemException e) {
            response = problem(e);
        } catch (RuntimeException e) {
            response = failure(request, e);
        }
        return response.withHeaders(SECURITY_HEADERS);
    }

    private HttpResponse answer(Route route, HttpRequest request) {
        try {
            return route.handler().handle(request);
        } catch (ProblemException e) {
            return problem(e);
        }
    }

    private void checkBody(HttpRequest request, Route route) {
        if (request.body().getBytes(StandardCharsets.UTF_8).length > route.maxBodyBytes()) {
            throw new ProblemException(Problem.of(413, "payload-too-large", "The body is too large",
                    "The body may be at most " + route.maxBodyBytes() + " bytes."));
        }
        if (!route.isWrite() || request.body().isEmpty()) {
            return;
        }
        String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = type.contains(";") ? type.substring(0, type.indexOf(';')).trim() : type.trim();
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json."));
        }
        if (!type.contains("charset") || type.contains("charset=utf-8")) {
            return;
        }
        throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported character set",
                "Send the body as UTF-8."));
    }

    private static Duration budget(Context context) {
        if (context == null) {
            return DEFAULT_BUDGET;
        }
        Duration remaining = Duration.ofMillis(context.getRemainingTimeInMillis());
        Duration left = (remaining.compareTo(HTTP_API_TIMEOUT) < 0 ? remaining : HTTP_API_TIMEOUT).minus(ANSWER_MARGIN);
        return left.compareTo(BOOKKEEPING) > 0 ? left : BOOKKEEPING;
    }

    /**
     * Infrastructure trouble (throttling, a 5xx, a timeout, a transaction conflict) that outlasted the retries is
     * temporary: 503 with Retry-After, never details.
     */
    private HttpResponse failure(HttpRequest request, RuntimeException e) {
        boolean temporary = TemporaryFaults.isTemporary(e);
        log.error(temporary ? "dependency unavailable" : "unexpected failure", Map.of(
                "route", request.routeKey(),
                "requestId", request.requestId(),
                "error", e.getClass().getName(),
                "at", e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : ""));
        if (temporary) {
            return problem(ProblemException.unavailable("The service is busy; try again shortly.", 1));
        }
        return HttpResponse.problem(Problem.of(500, "internal", "Something went wrong on our side",
                "The request could not be completed. It is safe to retry with the same Idempotency-Key."));
    }

    private static HttpResponse problem(ProblemException e) {
        HttpResponse response = HttpResponse.problem(e.problem());
        return e.retryAfterSeconds() == null ? response
                : response.withHeaders(Map.of("retry-after", Long.toString(e.retryAfterSeconds())));
    }
}
