package nl.stadmaken.participation.draw;

import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import nl.stadmaken.participation.ParticipationFixture;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every sample event in {@code events/panel-draw/} after the participation sample events have set up the demo
 * panel, given it a pool, and let it close.
 */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    static final Map<String, Integer> CASES = SampleEvents.cases(
            "staff-route-without-token", 401,
            "staff-draw-panel-invalid", 422,
            "staff-draw-panel", 201,
            "staff-draw-replacements-none-withdrawn", 409);

    @Test
    void everySampleEventGivesItsStatus(TestTables tables) {
        TestClock clock = new TestClock(ParticipationFixture.NOW);
        var participationHandler = ParticipationFixture.handler(tables, clock);
        HandlerClient participation = new HandlerClient(participationHandler, "ParticipationFunction", participationHandler.api().routeKeys());
        SampleEvents setup = SampleEvents.of("participation");
        for (String name : new String[] {"staff-create-panel", "staff-fix-panel-seed", "staff-publish-panel", "signup-panel"}) {
            assertThat(LambdaInvoker.invoke(participationHandler, "ParticipationFunction", setup.read(name)).status()).as(name)
                    .isBetween(200, 201);
        }
        String[] genders = {"vrouw", "man", "anders"};
        String[] ages = {"16-29", "30-49", "50+"};
        for (int i = 0; i < 14; i++) {
            var response = participation.post("/trajectories/demo-wijkpanel/signups", """
                    {"name": "Inwoner %d", "email": "inwoner%d@example.nl", "consent": true,
                     "features": {"geslacht": "%s", "leeftijd": "%s"}, "household": "2035 CD %d"}"""
                    .formatted(i, i, genders[i % 3 == 2 ? i % 2 : i % 3], ages[i % 3], i + 1), RESIDENT);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
        clock.set(Instant.parse("2027-04-02T09:00:00Z"));
        SampleEvents events = SampleEvents.of("panel-draw");
        assertThat(events.httpEventNames()).isEqualTo(CASES.keySet());

        PanelDrawHandler handler = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.client(), clock);
        events.replay(handler, "PanelDrawFunction", CASES, Map.of());
        assertThat(participation.get("/staff/trajectories/demo-wijkpanel/panel/outbox", STAFF).json().path("messages")).hasSize(6);
    }
}
