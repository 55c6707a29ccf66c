package nl.stadmaken.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both functions on the indicators table warm themselves for SnapStart against the emulator, writing nothing. */
@ExtendWith(DynamoDbExtension.class)
class SnapStartPrimingIT {

    @Test
    void primingRunsARealReadRouteAndWritesNothing(TestTables tables) throws Exception {
        IndicatorsHandler handler = IndicatorsFixture.handler(tables, Clock.systemUTC());
        int before = items(tables);

        int status = handler.priming().prime();

        assertThat(status).isEqualTo(200);
        assertThat(items(tables)).isEqualTo(before);
    }

    @Test
    void theJobRehearsesItsReadsWithoutTheLeaseOrAnyChange(TestTables tables) {
        RequestCounter counter = new RequestCounter();
        IndicatorJob job = IndicatorsFixture.jobWithWork(tables, "geoefend", IndicatorsFixture.realTimeClock(), counter);
        int before = items(tables);

        job.priming().rehearse();

        assertThat(counter.operations()).as("what a run starts from, each source's changes, and this year's counters")
                .hasSize(6).containsOnly("Query");
        assertThat(items(tables)).isEqualTo(before);
        assertThat(job.run().itemsRead()).as("the changes are still there for the run, which is not refused").isPositive();
    }

    private static int items(TestTables tables) {
        return tables.client().scan(scan -> scan.tableName(tables.name("IndicatorsTable"))).count();
    }
}
