package nl.stadmaken.participation.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** Pins down the parts of ojAlgo's API the draw relies on, on problems whose optimum is known by hand. */
class OjAlgoContractTest {

    @Test
    void solvesSmallLinearProgramToItsKnownOptimum() {
        // max 3x + 2y  s.t.  x + y <= 4,  x + 3y <= 6,  x <= 3,  x, y >= 0  ->  x = 3, y = 1, value 11
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable x = model.newVariable("x").lower(0).upper(3).weight(3);
        Variable y = model.newVariable("y").lower(0).weight(2);
        model.newExpression("sum").upper(4).set(x, 1).set(y, 1);
        model.newExpression("mix").upper(6).set(x, 1).set(y, 3);

        Optimisation.Result result = model.maximise();

        assertThat(result.getState().isOptimal()).isTrue();
        assertThat(result.getValue()).isCloseTo(11.0, within(1e-9));
        assertThat(result.doubleValue(0)).isCloseTo(3.0, within(1e-9));
        assertThat(result.doubleValue(1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void solvesSmallKnapsackWhoseRelaxationIsFractional() {
        // max 10a + 13b + 7c + 8d  s.t.  3a + 4b + 2c + 3d <= 7, binary: LP bound 23.5, integer optimum a = b = 1, value 23
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable a = model.newVariable("a").binary().weight(10);
        Variable b = model.newVariable("b").binary().weight(13);
        Variable c = model.newVariable("c").binary().weight(7);
        Variable d = model.newVariable("d").binary().weight(8);
        model.newExpression("capacity").upper(7).set(a, 3).set(b, 4).set(c, 2).set(d, 3);

        Optimisation.Result result = model.maximise();

        assertThat(result.getState().isOptimal()).isTrue();
        assertThat(result.getValue()).isCloseTo(23.0, within(1e-9));
        assertThat(new double[] {result.doubleValue(0), result.doubleValue(1), result.doubleValue(2), result.doubleValue(3)})
                .containsExactly(new double[] {1, 1, 0, 0}, within(1e-9));
    }

    @Test
    void reportsInfeasibleIntegerProgram() {
        // x + y = 1 and x + y >= 2 over binaries cannot both hold
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable x = model.newVariable("x").binary().weight(1);
        Variable y = model.newVariable("y").binary().weight(1);
        model.newExpression("one").level(1).set(x, 1).set(y, 1);
        model.newExpression("two").lower(2).set(x, 1).set(y, 1);

        Optimisation.Result result = model.maximise();

        assertThat(result.getState().isFeasible()).isFalse();
    }
}
