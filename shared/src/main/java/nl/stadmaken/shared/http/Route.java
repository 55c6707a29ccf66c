package nl.stadmaken.shared.http;

/**
 * One route of a function: its HTTP API route key (for example {@code POST /trajectories/{id}/signups}),
 * who may call it, and what answers it.
 */
public record Route(String routeKey, Access access, RouteHandler handler, int maxBodyBytes) {

    public enum Access { PUBLIC, STAFF }

    public static Route publicRoute(String routeKey, RouteHandler handler) {
        return new Route(routeKey, Access.PUBLIC, handler, HttpApi.DEFAULT_MAX_BODY_BYTES);
    }

    public static Route staff(String routeKey, RouteHandler handler) {
        return new Route(routeKey, Access.STAFF, handler, HttpApi.DEFAULT_MAX_BODY_BYTES);
    }

    /** The same route taking bodies up to {@code bytes} (an upload, say); others keep the small default. */
    public Route withMaxBodyBytes(int bytes) {
        return new Route(routeKey, access, handler, bytes);
    }

    public String method() {
        return routeKey.substring(0, routeKey.indexOf(' '));
    }

    /** Writes are the methods a client may retry with an {@code Idempotency-Key}. */
    public boolean isWrite() {
        return switch (method()) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    @FunctionalInterface
    public interface RouteHandler {
        HttpResponse handle(HttpRequest request);
    }
}
