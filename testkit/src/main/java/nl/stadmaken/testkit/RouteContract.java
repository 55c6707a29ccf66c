package nl.stadmaken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.Route;

/**
 * The template, a function's handler and its sample events must name the same routes with the same access: staff
 * routes under {@code /staff/} and behind the authorizer, all others public.
 */
public final class RouteContract {

    private RouteContract() {
    }

    public static void check(String functionLogicalId, Class<?> handlerClass, HttpApi api, SampleEvents events) {
        SamTemplate.FunctionSpec function = SamTemplate.ofRepository().function(functionLogicalId);
        assertEquals(handlerClass.getName(), function.handlerClass(), "the handler the template names");
        Set<String> templateRoutes = function.routes().stream().map(SamTemplate.HttpRoute::routeKey).collect(Collectors.toSet());
        assertEquals(templateRoutes, api.routeKeys(), "routes in the template and the handler");
        for (SamTemplate.HttpRoute route : function.routes()) {
            boolean staffInHandler = api.access(route.routeKey()) == Route.Access.STAFF;
            assertEquals(staffInHandler, route.staff(), route.routeKey() + " behind the authorizer");
            assertEquals(staffInHandler, route.path().startsWith("/staff/"), route.routeKey() + " under /staff/");
        }
        assertEquals(api.routeKeys(), events.routeKeys(), "routes with a sample event");
    }
}
