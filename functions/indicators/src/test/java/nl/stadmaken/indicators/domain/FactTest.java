package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactTest {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 4);

    @Test
    void aContributionCountsInItsMonthQuarterAndYear() {
        Fact fact = Fact.of(List.of(new Contribution(MARCH, Counter.total("signups"), 1)));

        assertThat(fact.counters()).containsOnlyKeys("2027-03|signups|total|all", "2027-Q1|signups|total|all", "2027|signups|total|all");
    }

    @Test
    void aWithdrawalTakesTheSignUpOutAgain() {
        Fact signedUp = Fact.of(List.of(new Contribution(MARCH, Counter.total("signups"), 1),
                new Contribution(MARCH, new Counter("signups", "wijk", "WK039201"), 1)));

        Map<String, Long> change = Fact.NONE.changeFrom(signedUp);

        assertThat(change).hasSize(6).allSatisfy((key, amount) -> assertThat(amount).isEqualTo(-1));
    }

    @Test
    void aMoveToAnotherMonthOfTheSameQuarterLeavesTheQuarterAlone() {
        Fact march = Fact.of(List.of(new Contribution(MARCH, Counter.total("bookings"), 1)));
        Fact february = Fact.of(List.of(new Contribution(MARCH.minusMonths(1), Counter.total("bookings"), 1)));

        assertThat(february.changeFrom(march)).containsOnly(
                Map.entry("2027-02|bookings|total|all", 1L), Map.entry("2027-03|bookings|total|all", -1L));
    }

    @Test
    void anUnchangedItemMovesNothing() {
        Fact fact = Fact.of(List.of(new Contribution(MARCH, Counter.total("ballots"), 1)));

        assertThat(fact.changeFrom(fact)).isEmpty();
    }
}
