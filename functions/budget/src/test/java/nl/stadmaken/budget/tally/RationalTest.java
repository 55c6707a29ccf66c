package nl.stadmaken.budget.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void keepsLowestTermsWithAPositiveDenominator() {
        assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2));
        assertThat(Rational.of(0, 7)).isEqualTo(Rational.ZERO);
        assertThat(Rational.of(new BigDecimal("216829.41"))).isEqualTo(Rational.of(21682941, 100));
        assertThat(Rational.of(new BigDecimal("5E+2"))).isEqualTo(Rational.of(500, 1));
    }

    @Test
    void addsSubtractsAndComparesExactly() {
        Rational third = Rational.of(1, 3);

        assertThat(third.add(third).add(third)).isEqualTo(Rational.of(1, 1));
        assertThat(third.subtract(Rational.of(1, 2))).isEqualTo(Rational.of(-1, 6));
        assertThat(third).isLessThan(Rational.of(334, 1000)).isGreaterThan(Rational.of(333, 1000));
        assertThat(Rational.of(7, 2)).hasToString("7/2");
    }

    @Test
    void rejectsAZeroDenominator() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}
