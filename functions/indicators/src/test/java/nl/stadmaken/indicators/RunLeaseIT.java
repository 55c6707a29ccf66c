package nl.stadmaken.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkException;

/** A run cut off by its request's deadline still gives back the lease, so the next run is not refused. */
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
}
