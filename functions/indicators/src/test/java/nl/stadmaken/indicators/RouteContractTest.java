package nl.stadmaken.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.Route;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/** The template, the handler and the sample events must name the same routes, with the same access. */
class RouteContractTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("INDICATORS_TABLE", "unused", "PARTICIPATION_TABLE", "unused",
            "BUDGET_TABLE", "unused", "SPREEKUUR_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
            "DYNAMODB_ENDPOINT", "http://127.0.0.1:9");

    private final SamTemplate.FunctionSpec function = SamTemplate.ofRepository().function("IndicatorsFunction");
    private final HttpApi api = new IndicatorsHandler(new Environment(ENVIRONMENT)).api();

    @Test
    void templateAndHandlerDeclareTheSameRoutes() {
        Set<String> templateRoutes = function.routes().stream().map(SamTemplate.HttpRoute::routeKey).collect(Collectors.toSet());

        assertThat(api.routeKeys()).isEqualTo(templateRoutes);
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
        for (String name : SampleEventsIT.eventFiles()) {
            JsonNode event = JsonTrees.read(Files.readString(SampleEventsIT.folder().resolve(name + ".json")));
            if (event.has("routeKey")) {
                covered.add(event.path("routeKey").asText());
            }
        }

        assertThat(covered).containsExactlyInAnyOrderElementsOf(api.routeKeys());
    }

    @Test
    void handlersAreTheOnesTheTemplateNames() {
        assertThat(function.handlerClass()).isEqualTo(IndicatorsHandler.class.getName());
        assertThat(SamTemplate.ofRepository().function("IndicatorJobFunction").handlerClass()).isEqualTo(IndicatorJob.class.getName());
    }

    @Test
    void jobMayOnlyQueryTheOtherTablesChangesIndex() throws IOException {
        String template = Files.readString(nl.stadmaken.testkit.RepositoryPaths.root().resolve("template.yaml"));
        String job = template.substring(template.indexOf("  IndicatorJobFunction:"), template.indexOf("\nOutputs:"));

        for (String table : new String[] {"ParticipationTable", "BudgetTable", "SpreekuurTable"}) {
            assertThat(job).contains("${" + table + ".Arn}/index/changes").doesNotContain("!GetAtt " + table + ".Arn");
        }
    }
}
