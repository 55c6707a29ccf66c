package nl.stadmaken.spreekuur;

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
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/** The template, the handler and the sample events must name the same routes, with the same access. */
class RouteContractTest {

    private final SamTemplate.FunctionSpec function = SamTemplate.ofRepository().function("SpreekuurFunction");
    private final HttpApi api = new SpreekuurHandler(new Environment(Map.of(
            "SPREEKUUR_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
            "DYNAMODB_ENDPOINT", "http://127.0.0.1:9"))).api();

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
            JsonNode event = Json.readTree(Files.readString(SampleEventsIT.folder().resolve(name + ".json")));
            covered.add(event.path("routeKey").asText());
        }

        assertThat(covered).containsExactlyInAnyOrderElementsOf(api.routeKeys());
    }

    @Test
    void handlerIsTheOneTheTemplateNames() {
        assertThat(function.handlerClass()).isEqualTo(SpreekuurHandler.class.getName());
        assertThat(function.handler()).endsWith("::handleRequest");
    }

    @Test
    void notifierAndReminderJobComeFromThisModule() {
        SamTemplate template = SamTemplate.ofRepository();

        assertThat(template.function("SpreekuurNotifierFunction").handlerClass()).isEqualTo(OutboxSender.class.getName());
        assertThat(template.function("SpreekuurRemindersFunction").handlerClass()).isEqualTo(DailyReminders.class.getName());
        assertThat(template.function("SpreekuurRemindersFunction").codeUri()).isEqualTo(function.codeUri());
        assertThat(template.function("SpreekuurNotifierFunction").codeUri()).isEqualTo("functions/spreekuur/target/spreekuur-notifier-lambda.jar");
    }
}
