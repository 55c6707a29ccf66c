package nl.stadmaken.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.testkit.RouteContract;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/** The template, the handler and the sample events must name the same routes, with the same access. */
class RouteContractTest {

    @Test
    void templateHandlerAndSampleEventsAgree() {
        BudgetHandler handler = new BudgetHandler(new Environment(Map.of(
                "BUDGET_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
                "DYNAMODB_ENDPOINT", "http://127.0.0.1:9")));

        RouteContract.check("BudgetFunction", BudgetHandler.class, handler.api(), SampleEvents.of("budget"));
    }

    @Test
    void scheduledCloserComesFromThisModule() {
        assertThat(SamTemplate.ofRepository().function("BudgetCloserFunction").handlerClass()).isEqualTo(RoundCloser.class.getName());
    }
}
