package nl.stadmaken.participation.sortition;

import java.util.Arrays;

/**
 * A two-phase tableau simplex for the small, highly degenerate linear programs of LEXIMIN's column generation, on which
 * ojAlgo's simplex solvers were seen to cycle. Inequalities are relaxed by distinct amounts of about 1e-9, which removes
 * the degeneracy at that cost in accuracy; Bland's rule takes over while pivots make no progress, and the tableau is
 * recomputed from the basis now and then to stop rounding drift.
 */
final class DenseSimplex {

    enum Relation { AT_MOST, EQUAL, AT_LEAST }

    sealed interface Outcome {
    }

    /**
     * An optimum.
     *
     * @param value the objective value
     * @param x the variable values
     * @param shadowPrices per row, the change of the optimum per unit increase of its right-hand side
     */
    record Optimum(double value, double[] x, double[] shadowPrices) implements Outcome {
    }

    /** No x satisfies the rows. */
    record Infeasible() implements Outcome {
    }

    /** The objective grows without bound. */
    record Unbounded() implements Outcome {
    }

    /** Smallest entry accepted as a pivot, which keeps the tableau well conditioned. */
    private static final double PIVOT_TOLERANCE = 1e-9;
    /** Reduced costs and right-hand sides closer to zero than this count as zero. */
    private static final double EPSILON = 1e-11;
    /** Rows whose entries all stay below this after phase one are taken as redundant. */
    private static final double REDUNDANCY_TOLERANCE = 1e-7;
    /** Each inequality is relaxed by between one and two times this, so that no two rows tie. */
    private static final double PERTURBATION = 1e-9;
    /** Residual allowed in the final check of feasibility and optimality, and artificial slack left by phase one. */
    private static final double ACCURACY = 1e-8;
    private static final int PIVOTS_BETWEEN_REFRESHES = 100;
    private static final int MAX_PIVOTS = 1_000_000;

    private final int variables;
    private final int rows;
    private final int columns;
    private final int firstArtificial;
    /** The normalised rows with slack, surplus and artificial columns, and the right-hand side as last column. */
    private final double[][] original;
    private final double[][] tableau;
    private final int[] basis;
    private final int[] identityColumn;
    private final double[] rowSign;
    private final Relation[] relations;
    private final double[] perturbedRhs;
    /** Per column, the rows where the original is nonzero: columns of panels are sparse, which keeps refreshes cheap. */
    private final int[][] nonZeroRows;
    private double[] costs;

    private DenseSimplex(double[][] coefficients, Relation[] relations, double[] rhs) {
        this.variables = coefficients[0].length;
        this.rows = coefficients.length;
        this.rowSign = new double[rows];
        this.relations = new Relation[rows];
        this.perturbedRhs = new double[rows];
        int slacks = 0;
        int artificials = 0;
        for (int i = 0; i < rows; i++) {
            double relaxation = PERTURBATION * (1 + (i * 0.6180339887498949) % 1);
            double relaxed = switch (relations[i]) {
                case AT_MOST -> rhs[i] + relaxation;
                case AT_LEAST -> rhs[i] - relaxation;
                case EQUAL -> rhs[i];
            };
            rowSign[i] = relaxed < 0 ? -1 : 1;
            this.relations[i] = relaxed < 0 ? flipped(relations[i]) : relations[i];
            perturbedRhs[i] = rowSign[i] * relaxed;
            slacks += this.relations[i] == Relation.EQUAL ? 0 : 1;
            artificials += this.relations[i] == Relation.AT_MOST ? 0 : 1;
        }
        this.firstArtificial = variables + slacks;
        this.columns = firstArtificial + artificials;
        this.original = new double[rows][columns + 1];
        this.basis = new int[rows];
        this.identityColumn = new int[rows];
        int slack = variables;
        int artificial = firstArtificial;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < variables; j++) {
                original[i][j] = rowSign[i] * coefficients[i][j];
            }
            original[i][columns] = rowSign[i] * rhs[i];
            switch (this.relations[i]) {
                case AT_MOST -> {
                    original[i][slack] = 1;
                    identityColumn[i] = slack++;
                }
                case AT_LEAST -> {
                    original[i][slack++] = -1;
                    original[i][artificial] = 1;
                    identityColumn[i] = artificial++;
                }
                case EQUAL -> {
                    original[i][artificial] = 1;
                    identityColumn[i] = artificial++;
                }
            }
            basis[i] = identityColumn[i];
        }
        this.tableau = new double[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(original[i], 0, tableau[i], 0, columns);
            tableau[i][columns] = perturbedRhs[i];
        }
        this.nonZeroRows = new int[columns][];
        for (int j = 0; j < columns; j++) {
            int count = 0;
            int[] found = new int[rows];
            for (int i = 0; i < rows; i++) {
                if (original[i][j] != 0) {
                    found[count++] = i;
                }
            }
            nonZeroRows[j] = Arrays.copyOf(found, count);
        }
    }

    /** Maximises objective·x subject to the rows and x >= 0. */
    static Outcome maximise(double[] objective, double[][] coefficients, Relation[] relations, double[] rhs) {
        DenseSimplex simplex = new DenseSimplex(coefficients, relations, rhs);
        double[] phaseOne = new double[simplex.columns];
        for (int j = simplex.firstArtificial; j < simplex.columns; j++) {
            phaseOne[j] = -1;
        }
        if (!simplex.optimise(phaseOne)) {
            throw new IllegalStateException("phase one of the simplex lost its way in rounding noise");
        }
        if (-simplex.tableau[simplex.rows][simplex.columns] > ACCURACY) {
            return new Infeasible();
        }
        simplex.pivotOutArtificials();
        double[] phaseTwo = new double[simplex.columns];
        System.arraycopy(objective, 0, phaseTwo, 0, objective.length);
        return simplex.optimise(phaseTwo) ? simplex.checkedOptimum() : new Unbounded();
    }

    /** Runs the simplex for the costs, false when unbounded; artificial columns never enter, they only leave. */
    private boolean optimise(double[] newCosts) {
        costs = newCosts;
        recomputeObjectiveRow();
        boolean stalled = false;
        for (int pivots = 1; ; pivots++) {
            int entering = entering(stalled);
            if (entering < 0) {
                return true;
            }
            int leaving = leaving(entering);
            if (leaving < 0) {
                return false;
            }
            stalled = tableau[leaving][columns] <= EPSILON;
            pivot(leaving, entering);
            if (pivots % PIVOTS_BETWEEN_REFRESHES == 0) {
                refresh();
            }
            if (pivots > MAX_PIVOTS) {
                throw new IllegalStateException("the simplex did not finish within " + MAX_PIVOTS + " pivots");
            }
        }
    }

    /** Dantzig's rule (most negative reduced cost), or Bland's (first negative) while pivots make no progress. */
    private int entering(boolean stalled) {
        int entering = -1;
        for (int j = 0; j < firstArtificial; j++) {
            double reducedCost = tableau[rows][j];
            if (reducedCost < -EPSILON && (entering < 0 || !stalled && reducedCost < tableau[rows][entering])) {
                entering = j;
                if (stalled) {
                    return entering;
                }
            }
        }
        return entering;
    }

    /** Ratio test; ties go to the row whose basic variable has the smallest index, as Bland's rule requires. */
    private int leaving(int entering) {
        int leaving = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            double a = tableau[i][entering];
            if (a > PIVOT_TOLERANCE) {
                double ratio = Math.max(0, tableau[i][columns]) / a;
                if (ratio < best - EPSILON || ratio <= best + EPSILON && basis[i] < basis[leaving]) {
                    best = Math.min(best, ratio);
                    leaving = i;
                }
            }
        }
        return leaving;
    }

    private void pivot(int row, int column) {
        double[] pivotRow = tableau[row];
        double pivot = pivotRow[column];
        for (int j = 0; j <= columns; j++) {
            pivotRow[j] /= pivot;
        }
        for (int i = 0; i <= rows; i++) {
            double factor = tableau[i][column];
            if (i != row && factor != 0) {
                double[] target = tableau[i];
                for (int j = 0; j <= columns; j++) {
                    target[j] -= factor * pivotRow[j];
                }
            }
        }
        basis[row] = column;
    }

    /** Recomputes the tableau as the inverse basis times the original rows, and the reduced costs from it. */
    private void refresh() {
        double[][] inverse = inverseBasis();
        for (int j = 0; j < columns; j++) {
            int[] nonZero = nonZeroRows[j];
            for (int i = 0; i < rows; i++) {
                double value = 0;
                double[] inverseRow = inverse[i];
                for (int k : nonZero) {
                    value += inverseRow[k] * original[k][j];
                }
                tableau[i][j] = value;
            }
        }
        for (int i = 0; i < rows; i++) {
            double value = 0;
            for (int k = 0; k < rows; k++) {
                value += inverse[i][k] * perturbedRhs[k];
            }
            tableau[i][columns] = value;
        }
        recomputeObjectiveRow();
    }

    /** The reduced costs and objective value of the current basis, from the tableau as it stands. */
    private void recomputeObjectiveRow() {
        double[] objectiveRow = tableau[rows];
        for (int j = 0; j <= columns; j++) {
            double z = 0;
            for (int i = 0; i < rows; i++) {
                z += costs[basis[i]] * tableau[i][j];
            }
            objectiveRow[j] = j < columns ? z - costs[j] : z;
        }
    }

    /** Gauss-Jordan elimination with partial pivoting on the basis columns of the original rows. */
    private double[][] inverseBasis() {
        double[][] work = new double[rows][2 * rows];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < rows; k++) {
                work[i][k] = original[i][basis[k]];
            }
            work[i][rows + i] = 1;
        }
        for (int c = 0; c < rows; c++) {
            int best = c;
            for (int i = c + 1; i < rows; i++) {
                if (Math.abs(work[i][c]) > Math.abs(work[best][c])) {
                    best = i;
                }
            }
            if (Math.abs(work[best][c]) < EPSILON) {
                throw new IllegalStateException("the simplex basis became singular at column " + c);
            }
            double[] swap = work[c];
            work[c] = work[best];
            work[best] = swap;
            double pivot = work[c][c];
            for (int j = 0; j < 2 * rows; j++) {
                work[c][j] /= pivot;
            }
            for (int i = 0; i < rows; i++) {
                double factor = work[i][c];
                if (i != c && factor != 0) {
                    for (int j = 0; j < 2 * rows; j++) {
                        work[i][j] -= factor * work[c][j];
                    }
                }
            }
        }
        double[][] inverse = new double[rows][rows];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(work[i], rows, inverse[i], 0, rows);
        }
        return inverse;
    }

    /**
     * Artificials left in the basis at zero are swapped for the real column with the largest entry in their row; a row
     * without a clearly nonzero entry is redundant and keeps its artificial, which can no longer grow.
     */
    private void pivotOutArtificials() {
        refresh();
        for (int i = 0; i < rows; i++) {
            if (basis[i] >= firstArtificial) {
                int best = -1;
                for (int j = 0; j < firstArtificial; j++) {
                    if (best < 0 || Math.abs(tableau[i][j]) > Math.abs(tableau[i][best])) {
                        best = j;
                    }
                }
                if (Math.abs(tableau[i][best]) > REDUNDANCY_TOLERANCE) {
                    pivot(i, best);
                }
            }
        }
    }

    /** Reads the optimum from a recomputed tableau and refuses it unless it meets the unrelaxed rows and is optimal, within accuracy. */
    private Optimum checkedOptimum() {
        refresh();
        double[] x = new double[variables];
        for (int i = 0; i < rows; i++) {
            if (basis[i] < variables) {
                x[basis[i]] = Math.max(0, tableau[i][columns]);
            }
        }
        for (int i = 0; i < rows; i++) {
            double residual = -original[i][columns];
            for (int j = 0; j < variables; j++) {
                residual += original[i][j] * x[j];
            }
            boolean violated = switch (relations[i]) {
                case AT_MOST -> residual > ACCURACY;
                case AT_LEAST -> residual < -ACCURACY;
                case EQUAL -> Math.abs(residual) > ACCURACY;
            };
            if (violated) {
                throw new IllegalStateException("the simplex optimum violates row " + i + " by " + residual);
            }
        }
        for (int j = 0; j < firstArtificial; j++) {
            if (tableau[rows][j] < -ACCURACY) {
                throw new IllegalStateException("the simplex stopped with reduced cost " + tableau[rows][j]);
            }
        }
        double[] shadowPrices = new double[rows];
        for (int i = 0; i < rows; i++) {
            shadowPrices[i] = rowSign[i] * tableau[rows][identityColumn[i]];
        }
        double value = 0;
        for (int j = 0; j < variables; j++) {
            value += costs[j] * x[j];
        }
        return new Optimum(value, x, shadowPrices);
    }

    private static Relation flipped(Relation relation) {
        return switch (relation) {
            case AT_MOST -> Relation.AT_LEAST;
            case AT_LEAST -> Relation.AT_MOST;
            case EQUAL -> Relation.EQUAL;
        };
    }
}
