package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DissimilarityIndexTest {

    @Test
    void halfTheSumOfShareDifferences() {
        // participants 25% / 75%, population 50% / 50%: D = (0.25 + 0.25) / 2 = 0.25
        DissimilarityIndex index = DissimilarityIndex.of(Map.of("Noord", 10L, "Oost", 30L), Map.of("Noord", 50L, "Oost", 50L));

        assertThat(index.index()).isCloseTo(0.25, within(1e-12));
        assertThat(index.ratios()).containsEntry("Noord", 0.5).containsEntry("Oost", 1.5);
    }

    @Test
    void sameSpreadAsThePopulationIsZero() {
        DissimilarityIndex index = DissimilarityIndex.of(Map.of("A", 2L, "B", 4L, "C", 6L), Map.of("A", 100L, "B", 200L, "C", 300L));

        assertThat(index.index()).isCloseTo(0.0, within(1e-12));
        assertThat(index.ratios().values()).allSatisfy(ratio -> assertThat(ratio).isCloseTo(1.0, within(1e-12)));
    }

    @Test
    void haarlemExampleWithAnAbsentStadsdeelAndUnknownSignUps() {
        // Known groups only: 6 of Centrum and 4 of Noord; population 13,500 / 55,000 / 22,000 (total 90,500).
        // Shares 0.6 / 0.4 / 0 against 0.14917 / 0.60773 / 0.24309: D = (0.45083 + 0.20773 + 0.24309) / 2 = 0.45083
        DissimilarityIndex index = DissimilarityIndex.of(Map.of("Centrum", 6L, "Noord", 4L, "unknown", 5L),
                Map.of("Centrum", 13_500L, "Noord", 55_000L, "Oost", 22_000L));

        assertThat(index.index()).isCloseTo(0.45083, within(0.00001));
        assertThat(index.ratios().get("Oost")).isEqualTo(0.0);
        assertThat(index.ratios().get("Centrum")).isCloseTo(0.6 / (13_500.0 / 90_500), within(1e-9));
    }

    @Test
    void noOverlapIsOne() {
        assertThat(DissimilarityIndex.of(Map.of("A", 5L), Map.of("A", 0L, "B", 10L)).index()).isCloseTo(1.0, within(1e-12));
    }
}
