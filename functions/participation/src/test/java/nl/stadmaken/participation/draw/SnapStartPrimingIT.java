package nl.stadmaken.participation.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The panel-draw function warms itself against the emulator: its draw route without staff claims (refused before it
 * reads a panel), a read of the reserved key, the engine drawing a made-up panel in memory; nothing is written.
 */
@ExtendWith(DynamoDbExtension.class)
class SnapStartPrimingIT {

    @Test
    void primingGoesThroughTheDrawRouteAndWritesNothing(TestTables tables) throws Exception {
        RequestCounter counter = new RequestCounter();
        PanelDrawHandler handler = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.countingClient(counter),
                Clock.systemUTC());
        int before = tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).count();

        int status = handler.priming().prime();

        assertThat(status).as("a staff route without claims").isEqualTo(401);
        assertThat(counter.operations()).containsExactly("GetItem");
        assertThat(tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).count()).isEqualTo(before);
    }
}
