package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreSummaryTest {

    @Test
    void fiveDifferentAnswersGiveTheHandComputedInterval() {
        // mean 3, s = sqrt(10 / 4) = 1.5811, t(4) = 2.776, margin = 2.776 * 1.5811 / sqrt(5) = 1.9629
        ScoreSummary summary = ScoreSummary.of(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L, 5, 1L));

        assertThat(summary.n()).isEqualTo(5);
        assertThat(summary.mean()).isEqualTo(3.0);
        assertThat(summary.standardDeviation()).isCloseTo(1.5811, within(0.0001));
        assertThat(summary.lower()).isCloseTo(1.0371, within(0.0001));
        assertThat(summary.upper()).isCloseTo(4.9629, within(0.0001));
    }

    @Test
    void countsPerValueWeighTheMean() {
        // 10 answers: 4 x 2 and 6 x 4; mean 3.2, s = sqrt((4 * 1.44 + 6 * 0.64) / 9) = 1.0328, t(9) = 2.262
        ScoreSummary summary = ScoreSummary.of(Map.of(2, 4L, 4, 6L));

        assertThat(summary.mean()).isCloseTo(3.2, within(1e-9));
        assertThat(summary.standardDeviation()).isCloseTo(1.0328, within(0.0001));
        assertThat(summary.upper() - summary.mean()).isCloseTo(2.262 * 1.0328 / Math.sqrt(10), within(0.0001));
    }

    @Test
    void identicalAnswersHaveNoSpread() {
        ScoreSummary summary = ScoreSummary.of(Map.of(4, 7L));

        assertThat(summary.lower()).isEqualTo(4.0);
        assertThat(summary.upper()).isEqualTo(4.0);
    }

    @Test
    void oneAnswerHasNoInterval() {
        ScoreSummary summary = ScoreSummary.of(Map.of(5, 1L));

        assertThat(summary.mean()).isEqualTo(5.0);
        assertThat(summary.lower()).isNull();
    }

    @Test
    void largeSamplesUseAQuantileCloseToTheTables() {
        assertThat(StudentT.critical95(1)).isEqualTo(12.706);
        assertThat(StudentT.critical95(30)).isEqualTo(2.042);
        assertThat(StudentT.critical95(40)).isCloseTo(2.021, within(0.001));
        assertThat(StudentT.critical95(120)).isCloseTo(1.980, within(0.001));
        assertThat(StudentT.critical95(100_000)).isCloseTo(1.960, within(0.001));
    }
}
