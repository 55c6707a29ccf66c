package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.stadmaken.indicators.domain.Counter;
import nl.stadmaken.indicators.domain.PeriodKind;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A run that moved the counters and then could not publish: the watermark stays where it was, so the next run reads
 * the same changes again, finds nothing left to move, and still publishes the figures the counters give, also for
 * periods other than today's.
 */
@ExtendWith(DynamoDbExtension.class)
class PublishFailureIT {

    @Test
    void figuresAFailedRunDidNotPublishComeWithTheNext(TestTables tables) {
        // Sign-ups in March, the job in June: the figures of March are not among the periods of the run's day.
        TestClock clock = new TestClock(Instant.parse("2027-03-10T09:00:00Z"));
        HandlerClient participation = IndicatorsFixture.participation(tables, clock);
        HandlerClient indicators = IndicatorsFixture.client(tables, clock);
        IndicatorsFixture.publishTrajectory(participation, "groen", "\"kind\": \"trajectory\",", Instant.parse("2027-03-01T07:00:00Z"),
                Instant.parse("2027-03-31T15:00:00Z"), LocalDate.parse("2027-09-01"), LocalDate.parse("2027-10-01"));
        for (int i = 0; i < 3; i++) {
            expect(participation.post("/trajectories/groen/signups", """
                    {"name": "Bewoner", "email": "groen%d@example.nl", "wijk": "WK039201", "ageBand": "25-45", "consent": true}
                    """.formatted(i), RESIDENT), 201);
        }
        AtomicBoolean publishingFails = new AtomicBoolean(true);
        IndicatorJob job = new IndicatorJob(IndicatorsFixture.environment(tables, "IndicatorJobFunction", clock),
                tables.clientWith(List.of(new FailPublishing(publishingFails))), clock);
        clock.set(Instant.parse("2027-06-15T02:00:00Z"));

        assertThatThrownBy(job::run).isInstanceOf(SdkClientException.class);
        expect(indicators.get("/staff/indicators?period=year", STAFF), 404);

        publishingFails.set(false);
        AggregationRun.Report again = job.run();

        assertThat(again.itemsRead()).as("the same changes, read again").isEqualTo(4);
        assertThat(again.factsChanged()).as("already counted").isZero();
        DynamoIndicatorStore store = new DynamoIndicatorStore(tables.client(), tables.name("IndicatorsTable"));
        assertThat(signUps(store, PeriodKind.YEAR)).containsEntry("2027", 3L);
        assertThat(signUps(store, PeriodKind.QUARTER)).containsEntry("2027-Q1", 3L).containsEntry("2027-Q2", 0L);
        assertThat(signUps(store, PeriodKind.MONTH)).containsEntry("2027-03", 3L).containsEntry("2027-06", 0L);
        assertThat(job.run().itemsRead()).as("the watermark moved with the figures").isZero();
        assertThat(store.history("2027-03")).as("figures that did not change are not published again").hasSize(1);
        assertThat(store.history("2027-Q1")).as("nor are its quarter's").hasSize(1);
    }

    /** The exact total of sign-ups in the latest snapshot of every period of a kind. */
    private static Map<String, Long> signUps(DynamoIndicatorStore store, PeriodKind kind) {
        Map<String, Long> totals = new TreeMap<>();
        for (Snapshot snapshot : store.latest(kind)) {
            snapshot.figures().stream()
                    .filter(figure -> figure.indicator().equals("signups") && figure.dimension().equals(Counter.TOTAL))
                    .forEach(figure -> totals.put(snapshot.period(), figure.count()));
        }
        return totals;
    }

    /** Fails the transaction that moves the watermark, as a lost connection would, while {@code armed}. */
    private record FailPublishing(AtomicBoolean armed) implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (armed.get() && context.request() instanceof TransactWriteItemsRequest transaction
                    && transaction.transactItems().stream().anyMatch(item -> item.put() != null
                    && AttributeValue.fromS("WATERMARK").equals(item.put().item().get("sk")))) {
                throw SdkClientException.create("connection lost while publishing");
            }
        }
    }
}
