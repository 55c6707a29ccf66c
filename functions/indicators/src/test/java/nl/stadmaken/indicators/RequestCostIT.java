package nl.stadmaken.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the nightly run costs when nothing changed since the last: the lease taken (a conditional put, sent as a
 * transaction of one), what the run starts from in one query, one query per source's change index and one for the
 * year's counters (with what its periods published last), and one transaction that publishes and gives the lease
 * back. No scans.
 */
@ExtendWith(DynamoDbExtension.class)
class RequestCostIT {

    @Test
    void aRunThatFindsNothingNewIsEightRequests(TestTables tables) {
        Clock clock = IndicatorsFixture.realTimeClock();
        RequestCounter counter = new RequestCounter();
        IndicatorJob job = IndicatorsFixture.jobWithWork(tables, "kosten", clock, counter);
        assertThat(job.run().itemsRead()).isPositive();

        counter.reset();
        AggregationRun.Report nothingNew = job.run();

        assertThat(nothingNew.itemsRead()).isZero();
        assertThat(counter.operations()).as("the lease, the job's items, each source's changes, the year's counters, and"
                + " publishing; writes of one kind").containsExactly("TransactWriteItems", "Query", "Query", "Query", "Query",
                "Query", "Query", "TransactWriteItems");
        counter.reset();
        assertThat(job.run().itemsRead()).as("the lease was given back: the next run is not refused").isZero();
        assertThat(counter.operations()).hasSize(8);
    }
}
