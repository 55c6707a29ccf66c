package nl.stadmaken.budget.tally;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of the Method of Equal Shares: the winners in selection order, the money every voter started with and
 * what each ballot (in ballot order) paid in total, all in currency units.
 */
public record EqualSharesRun(List<String> winners, Rational voterShare, List<Rational> charges) {

    public EqualSharesRun {
        winners = List.copyOf(winners);
        Objects.requireNonNull(voterShare, "voterShare");
        charges = List.copyOf(charges);
    }
}
