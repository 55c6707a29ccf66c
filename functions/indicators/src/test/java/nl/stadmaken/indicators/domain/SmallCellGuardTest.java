package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellGuardTest {

    @Test
    void oneSmallCellTakesTheNextSmallestWithIt() {
        GuardedBreakdown guarded = SmallCellGuard.guard(25, Map.of("a", 3L, "b", 10L, "c", 12L), 5);

        assertThat(guarded.suppressedCells()).containsExactlyInAnyOrder("a", "b");
        assertThat(guarded.totalSuppressed()).isFalse();
    }

    @Test
    void smallCellsTogetherBelowTheMinimumTakeMoreCells() {
        GuardedBreakdown guarded = SmallCellGuard.guard(22, Map.of("a", 1L, "b", 1L, "c", 20L), 5);

        assertThat(guarded.suppressedCells()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(guarded.totalSuppressed()).isFalse();
    }

    @Test
    void twoSmallCellsThatTogetherReachTheMinimumAreEnough() {
        GuardedBreakdown guarded = SmallCellGuard.guard(26, Map.of("a", 3L, "b", 3L, "c", 20L), 5);

        assertThat(guarded.suppressedCells()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void smallTotalIsWithheldWithEveryCell() {
        GuardedBreakdown guarded = SmallCellGuard.guard(3, Map.of("a", 2L, "b", 1L, "c", 0L), 5);

        assertThat(guarded.totalSuppressed()).isTrue();
        assertThat(guarded.suppressedCells()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void zeroIsNobodyAndIsPublished() {
        GuardedBreakdown guarded = SmallCellGuard.guard(15, Map.of("a", 0L, "b", 7L, "c", 8L), 5);

        assertThat(guarded.anySuppressed()).isFalse();
    }

    @Test
    void cellsAtTheMinimumArePublished() {
        assertThat(SmallCellGuard.guard(10, Map.of("a", 5L, "b", 5L), 5).anySuppressed()).isFalse();
    }

    @Test
    void minimumOfOneWithholdsNothing() {
        assertThat(SmallCellGuard.guard(3, Map.of("a", 1L, "b", 2L), 1).anySuppressed()).isFalse();
    }
}
