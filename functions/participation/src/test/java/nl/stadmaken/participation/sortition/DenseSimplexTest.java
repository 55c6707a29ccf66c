package nl.stadmaken.participation.sortition;

import static nl.stadmaken.participation.sortition.DenseSimplex.Relation.AT_LEAST;
import static nl.stadmaken.participation.sortition.DenseSimplex.Relation.AT_MOST;
import static nl.stadmaken.participation.sortition.DenseSimplex.Relation.EQUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DenseSimplexTest {

    /** Rows are relaxed by about 1e-9 against degeneracy, so answers are exact to within a small multiple of that. */
    private static final double ACCURACY = 1e-7;

    @Test
    void solvesSmallProgramAndReportsShadowPrices() {
        // max 3x + 2y  s.t.  x + y <= 4,  x + 3y <= 6,  x <= 3  ->  x = 3, y = 1, value 11; prices 2, 0, 1
        DenseSimplex.Optimum solution = optimum(DenseSimplex.maximise(new double[] {3, 2},
                new double[][] {{1, 1}, {1, 3}, {1, 0}}, new DenseSimplex.Relation[] {AT_MOST, AT_MOST, AT_MOST}, new double[] {4, 6, 3}));

        assertThat(solution.value()).isCloseTo(11, within(ACCURACY));
        assertThat(solution.x()).containsExactly(new double[] {3, 1}, within(ACCURACY));
        assertThat(solution.shadowPrices()).containsExactly(new double[] {2, 0, 1}, within(ACCURACY));
    }

    @Test
    void handlesEqualityAndLowerBoundRowsWithTheirPriceSigns() {
        // max z  s.t.  a + b = 1,  a - z >= 0,  0.5 b - z >= 0  ->  a = 1/3, b = 2/3, z = 1/3
        DenseSimplex.Optimum solution = optimum(DenseSimplex.maximise(new double[] {0, 0, 1},
                new double[][] {{1, 1, 0}, {1, 0, -1}, {0, 0.5, -1}}, new DenseSimplex.Relation[] {EQUAL, AT_LEAST, AT_LEAST},
                new double[] {1, 0, 0}));

        assertThat(solution.value()).isCloseTo(1.0 / 3, within(ACCURACY));
        assertThat(solution.shadowPrices()[0]).isCloseTo(1.0 / 3, within(ACCURACY));
        assertThat(solution.shadowPrices()[1]).isCloseTo(-1.0 / 3, within(ACCURACY));
        assertThat(solution.shadowPrices()[2]).isCloseTo(-2.0 / 3, within(ACCURACY));
    }

    @Test
    void finishesOnChvatalsCyclingExample() {
        // cycles under Dantzig's rule with smallest-index ties; optimum 1 at x1 = x3 = 1
        DenseSimplex.Optimum solution = optimum(DenseSimplex.maximise(new double[] {10, -57, -9, -24},
                new double[][] {{0.5, -5.5, -2.5, 9}, {0.5, -1.5, -0.5, 1}, {1, 0, 0, 0}},
                new DenseSimplex.Relation[] {AT_MOST, AT_MOST, AT_MOST}, new double[] {0, 0, 1}));

        assertThat(solution.value()).isCloseTo(1, within(ACCURACY));
    }

    @Test
    void reportsInfeasibleAndUnboundedPrograms() {
        assertThat(DenseSimplex.maximise(new double[] {1, 1}, new double[][] {{1, 1}, {1, 1}},
                new DenseSimplex.Relation[] {EQUAL, AT_LEAST}, new double[] {1, 2})).isInstanceOf(DenseSimplex.Infeasible.class);
        assertThat(DenseSimplex.maximise(new double[] {1, 0}, new double[][] {{-1, 1}},
                new DenseSimplex.Relation[] {AT_MOST}, new double[] {1})).isInstanceOf(DenseSimplex.Unbounded.class);
    }

    @Test
    void flipsRowsWithNegativeRightHandSide() {
        // max -x  s.t.  -x <= -2  (x >= 2)  ->  x = 2, price of the row 1
        DenseSimplex.Optimum solution = optimum(DenseSimplex.maximise(new double[] {-1}, new double[][] {{-1}},
                new DenseSimplex.Relation[] {AT_MOST}, new double[] {-2}));

        assertThat(solution.x()[0]).isCloseTo(2, within(ACCURACY));
        assertThat(solution.shadowPrices()[0]).isCloseTo(1, within(ACCURACY));
    }

    private static DenseSimplex.Optimum optimum(DenseSimplex.Outcome outcome) {
        assertThat(outcome).isInstanceOf(DenseSimplex.Optimum.class);
        return (DenseSimplex.Optimum) outcome;
    }
}
