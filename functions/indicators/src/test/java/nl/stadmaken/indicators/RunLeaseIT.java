package nl.stadmaken.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.shared.problem.ProblemException;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The lease keeps runs apart: one started while another holds it is refused, and a run cut off by its request's
 * deadline still gives it back, so the next run is not refused.
 */
@ExtendWith(DynamoDbExtension.class)
class RunLeaseIT {

    @Test
    void aRunOutOfTimeReleasesItsLease(TestTables tables) {
        Clock clock = IndicatorsFixture.realTimeClock();
        Map<String, String> variables = new HashMap<>(IndicatorsFixture.environment(tables, "IndicatorJobFunction", clock).variables());
        variables.put("REQUEST_DEADLINE", "on");
        Environment environment = new Environment(variables);
        IndicatorJob job = new IndicatorJob(environment, DynamoDbClients.fromEnvironment(environment), clock);

        job.run();
        // Less time than the run leaves for releasing its lease: the run itself has none, and stops at once.
        assertThatThrownBy(() -> RequestDeadline.within(Duration.ofSeconds(1), job::run)).isInstanceOf(SdkException.class);

        assertThat(job.run().watermark()).isNotEmpty();
    }

    @Test
    void aRunWhileAnotherHoldsTheLeaseIsRefusedAndOnlyItsHolderGivesItBack(TestTables tables) {
        Clock clock = IndicatorsFixture.realTimeClock();
        IndicatorJob job = IndicatorsFixture.job(tables, clock);
        String watermark = job.run().watermark();
        DynamoIndicatorStore store = new DynamoIndicatorStore(tables.client(), tables.name("IndicatorsTable"));
        Instant now = clock.instant();
        assertThat(store.lease("another run", now, now.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(store.lease("a third run", now, now.plus(Duration.ofMinutes(15)))).as("held").isFalse();

        assertThatThrownBy(job::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(409);
            assertThat(e.problem().type()).endsWith("run-in-progress");
        });
        assertThat(store.jobStart().watermark()).as("the refused run published nothing").contains(watermark);
        store.release("a third run");
        assertThatThrownBy(job::run).as("given back by another than its holder: still held").isInstanceOf(ProblemException.class);

        store.release("another run");
        assertThat(job.run().watermark()).isGreaterThanOrEqualTo(watermark);
        assertThat(store.lease("a later run", clock.instant(), clock.instant().plus(Duration.ofMinutes(15))))
                .as("a run that published gave the lease back").isTrue();
        store.release("a later run");
    }
}
