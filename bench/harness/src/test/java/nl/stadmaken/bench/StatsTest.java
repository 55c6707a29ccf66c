package nl.stadmaken.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void aSubjectAlwaysTwiceAsSlowHasNoNoiseToShow() {
        List<Double> baseline = List.of(500.0, 900.0, 610.0, 1_400.0, 700.0);
        List<Double> subject = baseline.stream().map(ms -> 2 * ms).toList();

        Stats.Ratio ratio = Stats.ratio(subject, baseline);

        assertThat(ratio.value()).isEqualTo(2.0);
        assertThat(ratio.low()).isEqualTo(2.0);
        assertThat(ratio.high()).isEqualTo(2.0);
    }

    @Test
    void theIntervalHoldsTheRatioAndWidensWithTheNoise() {
        Random random = new Random(7);
        List<Double> baseline = new ArrayList<>();
        List<Double> steady = new ArrayList<>();
        List<Double> noisy = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            // A busy round slows every subject in it, which the pairing keeps together.
            double load = 1 + random.nextDouble();
            baseline.add(600 * load);
            steady.add(660 * load * (1 + 0.02 * random.nextGaussian()));
            noisy.add(660 * load * (1 + 0.15 * random.nextGaussian()));
        }

        Stats.Ratio tight = Stats.ratio(steady, baseline);
        Stats.Ratio wide = Stats.ratio(noisy, baseline);

        assertThat(tight.low()).isLessThanOrEqualTo(tight.value());
        assertThat(tight.high()).isGreaterThanOrEqualTo(tight.value());
        assertThat(tight.low()).isGreaterThan(1.0).isLessThan(1.1);
        assertThat(tight.high()).isGreaterThan(1.1).isLessThan(1.2);
        assertThat(wide.high() - wide.low()).isGreaterThan(3 * (tight.high() - tight.low()));
    }

    @Test
    void runsMustBePairedByRound() {
        assertThatThrownBy(() -> Stats.ratio(List.of(1.0, 2.0), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paired");
    }
}
