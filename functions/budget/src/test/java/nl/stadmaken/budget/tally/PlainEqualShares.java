package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Equal shares written out voter by voter with no grouping or shortcuts, to check the fast tally against. */
final class PlainEqualShares {

    private PlainEqualShares() {
    }

    static List<String> winners(BallotBox box, boolean completion) {
        List<String> outcome = run(box, 0);
        if (!completion) {
            return outcome;
        }
        for (int k = 1; !outcome.containsAll(candidates(box)); k++) {
            List<String> next = run(box, k);
            if (cost(box, next).compareTo(box.budget()) > 0) {
                break;
            }
            outcome = next;
        }
        return outcome;
    }

    private static List<String> candidates(BallotBox box) {
        return box.projects().stream()
                .filter(project -> project.cost().signum() > 0 && supporters(box, project.id()) > 0)
                .map(BudgetProject::id)
                .toList();
    }

    private static long supporters(BallotBox box, String id) {
        return box.ballots().stream().filter(ballot -> ballot.approves(id)).count();
    }

    private static BigDecimal cost(BallotBox box, List<String> winners) {
        return box.projects().stream()
                .filter(project -> winners.contains(project.id()))
                .map(BudgetProject::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Rational divide(Rational dividend, Rational divisor) {
        return Rational.of(dividend.numerator().multiply(divisor.denominator()),
                dividend.denominator().multiply(divisor.numerator()));
    }

    private static List<String> run(BallotBox box, int extra) {
        int n = box.ballots().size();
        if (n == 0) {
            return List.of();
        }
        Rational share = divide(Rational.of(box.budget()).add(Rational.of(extra * (long) n, 1)), Rational.of(n, 1));
        Rational[] money = new Rational[n];
        Arrays.fill(money, share);
        List<String> winners = new ArrayList<>(box.projects().stream()
                .filter(project -> project.cost().signum() == 0 && supporters(box, project.id()) > 0)
                .map(BudgetProject::id)
                .sorted()
                .toList());
        List<BudgetProject> open = new ArrayList<>(box.projects().stream()
                .filter(project -> candidates(box).contains(project.id()))
                .sorted(Comparator.comparing(BudgetProject::id))
                .toList());
        while (true) {
            BudgetProject best = null;
            Rational bestPrice = null;
            Rational bestRho = null;
            for (BudgetProject project : List.copyOf(open)) {
                Rational cost = Rational.of(project.cost());
                List<Integer> payers = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (box.ballots().get(i).approves(project.id())) {
                        payers.add(i);
                    }
                }
                payers.sort(Comparator.comparing(i -> money[i]));
                Rational available = payers.stream().map(i -> money[i]).reduce(Rational.ZERO, Rational::add);
                if (available.compareTo(cost) < 0) {
                    open.remove(project);
                    continue;
                }
                Rational paid = Rational.ZERO;
                int rich = payers.size();
                for (int i : payers) {
                    Rational price = divide(cost.subtract(paid), Rational.of(rich, 1));
                    if (price.compareTo(money[i]) <= 0) {
                        Rational rho = divide(price, cost);
                        if (bestRho == null || rho.compareTo(bestRho) < 0) {
                            best = project;
                            bestPrice = price;
                            bestRho = rho;
                        }
                        break;
                    }
                    paid = paid.add(money[i]);
                    rich--;
                }
            }
            if (best == null) {
                return winners;
            }
            winners.add(best.id());
            open.remove(best);
            for (int i = 0; i < n; i++) {
                if (box.ballots().get(i).approves(best.id())) {
                    money[i] = money[i].compareTo(bestPrice) <= 0 ? Rational.ZERO : money[i].subtract(bestPrice);
                }
            }
        }
    }
}
