package nl.stadmaken.indicators.domain;

/** Two-sided 95% critical values of Student's t distribution, for confidence intervals of small samples. */
public final class StudentT {

    /** t(0.975, df) for df 1..30, from the standard tables. */
    private static final double[] TABLE = {
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
            2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    private static final double Z = 1.959964;

    private StudentT() {
    }

    /** Above 30 degrees of freedom the Cornish-Fisher expansion around the normal quantile is exact to three decimals. */
    public static double critical95(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1");
        }
        if (degreesOfFreedom <= TABLE.length) {
            return TABLE[degreesOfFreedom - 1];
        }
        double df = degreesOfFreedom;
        double z3 = Z * Z * Z;
        double z5 = z3 * Z * Z;
        return Z + (z3 + Z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * df * df);
    }
}
