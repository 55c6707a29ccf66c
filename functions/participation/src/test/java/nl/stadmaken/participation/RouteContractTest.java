package nl.stadmaken.participation;

import java.util.Map;
import nl.stadmaken.participation.draw.PanelDrawHandler;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.testkit.RouteContract;
import nl.stadmaken.testkit.SampleEvents;
import org.junit.jupiter.api.Test;

/** The template, the handler and the sample events must name the same routes, with the same access. */
class RouteContractTest {

    @Test
    void templateHandlerAndSampleEventsAgree() {
        ParticipationHandler handler = new ParticipationHandler(new Environment(Map.of(
                "PARTICIPATION_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
                "DYNAMODB_ENDPOINT", "http://127.0.0.1:9")));

        RouteContract.check("ParticipationFunction", ParticipationHandler.class, handler.api(), SampleEvents.of("participation"));
    }

    @Test
    void panelDrawFunctionAgreesToo() {
        PanelDrawHandler handler = new PanelDrawHandler(new Environment(Map.of(
                "PARTICIPATION_TABLE", "unused", "STADMAKEN_SECRET", "contract-test-secret-key",
                "DYNAMODB_ENDPOINT", "http://127.0.0.1:9")));

        RouteContract.check("PanelDrawFunction", PanelDrawHandler.class, handler.api(), SampleEvents.of("panel-draw"));
    }
}
