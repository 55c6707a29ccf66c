package nl.stadmaken.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stadmaken.shared.http.SnapStartPriming;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class SnapStartPrimingIT {

    @Test
    void primingRunsARealReadRouteAndWritesNothing(TestTables tables) throws Exception {
        ParticipationHandler handler = new ParticipationHandler(tables.environmentOf("ParticipationFunction"), tables.client(), Clock.systemUTC());
        int before = tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).count();

        int status = handler.priming().prime();

        assertThat(status).isEqualTo(200);
        assertThat(tables.client().scan(scan -> scan.tableName(tables.name("ParticipationTable"))).count()).isEqualTo(before);
    }

    @Test
    void primingAlsoLoadsWhatTheWarmedRouteDoesNotReach(TestTables tables) throws Exception {
        ParticipationHandler handler = new ParticipationHandler(tables.environmentOf("ParticipationFunction"), tables.client(), Clock.systemUTC());
        AtomicInteger loads = new AtomicInteger();
        SnapStartPriming priming = new SnapStartPriming(handler.api(), tables.client(), tables.name("ParticipationTable"),
                "GET /wijken", "/wijken", loads::incrementAndGet, loads::incrementAndGet);

        assertThat(loads).as("nothing is loaded before the checkpoint asks").hasValue(0);
        assertThat(priming.prime()).isEqualTo(200);
        assertThat(loads).hasValue(2);
    }
}
