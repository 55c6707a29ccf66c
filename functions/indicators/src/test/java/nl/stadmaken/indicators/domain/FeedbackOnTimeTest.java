package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The share of trajectories whose participants got feedback by the promised date, on hand-checked counts. */
class FeedbackOnTimeTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final IndicatorCalculator CALCULATOR = new IndicatorCalculator(new IndicatorCatalogue("test", List.of(),
            List.of(), List.of(), List.of(new IndicatorDefinition("feedback-on-time-share", new Labels("", ""), List.of(),
                    Aggregation.KEPT_SHARE, new IndicatorSource.Share("feedback-on-time", "feedback-promised"), "share", 1,
                    List.of("total")))), new ReferencePopulation("", Map.of()));

    @Test
    void keptPromisesOverPromisesThatFellDueOrWereKeptEarly() {
        // Promised: two on 5 March (one kept), one on 10 March (not kept), one on 20 March (kept early), one on 25 March.
        Figure figure = share(Map.of("2027-03-05", 2L, "2027-03-10", 1L, "2027-03-20", 1L, "2027-03-25", 1L),
                Map.of("2027-03-05", 1L, "2027-03-20", 1L));

        // Settled: 2 + 1 fell due, 1 kept early; the one of 25 March is still open and left out.
        assertThat(figure.value()).isEqualTo(2.0 / 4);
        assertThat(figure.count()).isEqualTo(2);
        assertThat(figure.suppressed()).isFalse();
    }

    @Test
    void aPromiseForTodayIsStillOpen() {
        Figure figure = share(Map.of("2027-03-14", 1L, "2027-03-15", 1L), Map.of());

        assertThat(figure.value()).isEqualTo(0.0);
        assertThat(figure.count()).isZero();
    }

    @Test
    void nothingSettledHasNoValue() {
        Figure figure = share(Map.of("2027-03-15", 1L, "2027-03-30", 2L), Map.of());

        assertThat(figure.value()).isNull();
        assertThat(figure.note()).isEqualTo("no promise fell due in this period");
    }

    private static Figure share(Map<String, Long> promised, Map<String, Long> kept) {
        Map<Counter, Long> counters = new LinkedHashMap<>();
        promised.forEach((day, count) -> counters.put(new Counter("feedback-promised", "day", day), count));
        kept.forEach((day, count) -> counters.put(new Counter("feedback-on-time", "day", day), count));
        return CALCULATOR.figures(new PeriodCounts(counters), TODAY).getFirst();
    }
}
