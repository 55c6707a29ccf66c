package nl.stadmaken.spreekuur;

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
        SpreekuurHandler handler = new SpreekuurHandler(new Environment(Map.of(
                "SPREEKUUR_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
                "DYNAMODB_ENDPOINT", "http://127.0.0.1:9")));

        RouteContract.check("SpreekuurFunction", SpreekuurHandler.class, handler.api(), SampleEvents.of("spreekuur"));
    }

    @Test
    void reminderJobComesFromThisModule() {
        SamTemplate template = SamTemplate.ofRepository();

        assertThat(template.function("SpreekuurRemindersFunction").handlerClass()).isEqualTo(DailyReminders.class.getName());
        assertThat(template.function("SpreekuurRemindersFunction").codeUri()).isEqualTo(template.function("SpreekuurFunction").codeUri());
    }
}
