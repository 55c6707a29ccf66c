package nl.stadmaken.budget.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Method of Equal Shares (Peters and Skowron) with cost utilities: every voter gets an equal share of the budget
 * and each round selects the project its supporters can pay for at the lowest price per unit of utility (rho), ties
 * going to the smallest project id as a string.
 */
public final class EqualSharesTally {

    private EqualSharesTally() {
    }

    /** Plain equal shares: every voter starts with budget / voters. */
    public static EqualSharesRun withoutCompletion(BallotBox box) {
        VoterGroups voters = VoterGroups.of(box);
        return run(voters, BigInteger.ZERO).toRun(voters);
    }

    /**
     * Equal shares with the "add1" completion: rerun with budget / voters + k for k = 0, 1, 2, ... currency units until
     * every supported project is selected or the outcome no longer fits the budget, in which case the previous outcome
     * stands. This is the stopping rule that reproduces the reference outcomes (Wieliczka 2023 among them).
     */
    public static EqualSharesRun withCompletion(BallotBox box) {
        VoterGroups voters = VoterGroups.of(box);
        Spending outcome = run(voters, BigInteger.ZERO);
        for (BigInteger k = BigInteger.ONE; !selectsAllCandidates(voters, outcome.selected()); k = k.add(BigInteger.ONE)) {
            Spending next = run(voters, k.multiply(voters.unitsPerCurrency()));
            if (voters.totalCost(next.selected()).compareTo(voters.budget()) > 0) {
                break;
            }
            outcome = next;
        }
        return outcome.toRun(voters);
    }

    private record Spending(List<Integer> selected, BigInteger extraPerVoter, BudgetLevels budgets) {

        EqualSharesRun toRun(VoterGroups voters) {
            int ballots = voters.ballotCount();
            Rational share = ballots == 0
                    ? Rational.ZERO
                    : Rational.of(voters.budget().add(extraPerVoter.multiply(BigInteger.valueOf(ballots))),
                            voters.unitsPerCurrency().multiply(BigInteger.valueOf(ballots)));
            Rational[] remaining = budgets.remainingPerGroup();
            Rational[] charged = new Rational[remaining.length];
            for (int g = 0; g < remaining.length; g++) {
                charged[g] = share.subtract(Rational.of(remaining[g].numerator(),
                        remaining[g].denominator().multiply(voters.unitsPerCurrency())));
            }
            List<Rational> charges = new ArrayList<>(ballots);
            for (int b = 0; b < ballots; b++) {
                charges.add(charged[voters.groupOfBallot(b)]);
            }
            return new EqualSharesRun(selected.stream().map(voters::id).toList(), share, charges);
        }
    }

    private static boolean selectsAllCandidates(VoterGroups voters, List<Integer> selected) {
        for (int p = 0; p < voters.projectCount(); p++) {
            if (isCandidate(voters, p) && !selected.contains(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCandidate(VoterGroups voters, int project) {
        return voters.supporters(project) > 0 && voters.cost(project).signum() > 0;
    }

    private static Spending run(VoterGroups voters, BigInteger extraPerVoter) {
        int ballots = voters.ballotCount();
        BigInteger count = BigInteger.valueOf(Math.max(ballots, 1));
        BudgetLevels budgets = new BudgetLevels(voters,
                voters.budget().add(extraPerVoter.multiply(count)), count);
        List<Integer> selected = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < voters.projectCount(); p++) {
            if (voters.supporters(p) > 0 && voters.cost(p).signum() == 0) {
                selected.add(p);
            } else if (isCandidate(voters, p)) {
                candidates.add(p);
            }
        }
        selected.sort(Comparator.comparing(voters::id));
        // rho only grows as money is spent, so the last computed rho bounds it from below and lets most projects wait
        BudgetLevels.Rho[] lowerBound = new BudgetLevels.Rho[voters.projectCount()];
        for (int p : candidates) {
            lowerBound[p] = BudgetLevels.Rho.lowest(voters.supporters(p));
        }
        while (!candidates.isEmpty()) {
            candidates.sort(Comparator.comparing((Integer p) -> lowerBound[p]).thenComparing(voters::id));
            Integer best = null;
            BudgetLevels.Payment bestPayment = null;
            List<Integer> unaffordable = new ArrayList<>();
            for (int p : candidates) {
                if (best != null && lowerBound[p].compareTo(lowerBound[best]) > 0) {
                    break;
                }
                BudgetLevels.Payment payment = budgets.payment(p);
                if (payment == null) {
                    unaffordable.add(p);
                    continue;
                }
                lowerBound[p] = payment.rho(voters.cost(p));
                int order = best == null ? -1 : lowerBound[p].compareTo(lowerBound[best]);
                if (order < 0 || order == 0 && voters.id(p).compareTo(voters.id(best)) < 0) {
                    best = p;
                    bestPayment = payment;
                }
            }
            candidates.removeAll(unaffordable);
            if (best == null) {
                break;
            }
            selected.add(best);
            candidates.remove(best);
            budgets.charge(best, bestPayment);
        }
        return new Spending(selected, extraPerVoter, budgets);
    }
}
