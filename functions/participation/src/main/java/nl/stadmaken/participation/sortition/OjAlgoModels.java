package nl.stadmaken.participation.sortition;

import org.ojalgo.OjAlgoUtils;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.type.context.NumberContext;

/** Creates the ojAlgo models used by the draw, all with the same reproducible settings. */
final class OjAlgoModels {

    static {
        // ojAlgo otherwise prints a hardware-profile notice on stdout, which would corrupt the command-line output.
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
        // ojAlgo splits large matrix operations over threads, which varies their rounding and so the panels it finds.
        OjAlgoUtils.limitThreadsTo(1);
    }

    /**
     * Reproducible branch and bound: one worker thread; no Gomory cuts, because ojAlgo names cut constraints with a
     * JVM-wide counter, which makes the optimum it picks among equally heavy panels depend on earlier solves (a
     * fractionality threshold of 0.5 admits no variable); and a gap small enough that pricing finds the heaviest panel.
     */
    private static final IntegerStrategy REPRODUCIBLE = IntegerStrategy.newConfigurable()
            .withParallelism(() -> 1)
            .withGMICutConfiguration(new IntegerStrategy.GMICutConfiguration().withFractionality(0.5))
            .withGapTolerance(NumberContext.of(12, 14));

    /** Guards against the simplex stalling on a degenerate program; far above what the draw's programs need. */
    private static final int MAX_SIMPLEX_ITERATIONS = 1_000_000;

    private OjAlgoModels() {
    }

    /**
     * A model solved by ojAlgo's primal simplex (and branch and bound over it): its newer dual simplex was seen to cycle
     * on the degenerate programs that LEXIMIN produces.
     */
    static ExpressionsBasedModel newModel() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.integer(REPRODUCIBLE);
        model.options.linear(new LinearSolver.Configuration().primal());
        model.options.iterations_abort = MAX_SIMPLEX_ITERATIONS;
        return model;
    }
}
