package nl.stadmaken.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.Route;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/** The template, the handler and the sample events must name the same routes, with the same access. */
class RouteContractTest {

    private final SamTemplate template = SamTemplate.ofRepository();
    private final SamTemplate.FunctionSpec function = template.function("BudgetFunction");
    private final HttpApi api = new BudgetHandler(new Environment(Map.of(
            "BUDGET_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
            "DYNAMODB_ENDPOINT", "http://127.0.0.1:9"))).api();

    @Test
    void templateAndHandlerDeclareTheSameRoutes() {
        assertThat(api.routeKeys()).isEqualTo(function.routes().stream().map(SamTemplate.HttpRoute::routeKey).collect(Collectors.toSet()));
    }

    @Test
    void staffRoutesGoThroughTheAuthorizerAndOnlyThey() {
        for (SamTemplate.HttpRoute route : function.routes()) {
            boolean staffInHandler = api.access(route.routeKey()) == Route.Access.STAFF;
            assertThat(route.staff()).as(route.routeKey()).isEqualTo(staffInHandler);
            assertThat(route.path().startsWith("/staff/")).as(route.routeKey()).isEqualTo(staffInHandler);
        }
    }

    @Test
    void everyRouteHasASampleEvent() throws IOException {
        Set<String> covered = new HashSet<>();
        for (String name : SampleEventsIT.httpEventFiles()) {
            covered.add(Json.readTree(Files.readString(SampleEventsIT.folder().resolve(name + ".json"))).path("routeKey").asText());
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(api.routeKeys());
    }

    @Test
    void handlersAreTheOnesTheTemplateNames() {
        assertThat(function.handlerClass()).isEqualTo(BudgetHandler.class.getName());
        assertThat(template.function("BudgetCloserFunction").handlerClass()).isEqualTo(RoundCloser.class.getName());
    }
}
