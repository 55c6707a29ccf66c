package nl.stadmaken.budget.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The remaining money of every voter group during one run of equal shares. Groups with the same remaining money form
 * one level, so finding what a project would cost its supporters walks a few levels instead of every voter. All
 * amounts are integers over one common denominator, which keeps sums and comparisons exact and cheap.
 */
final class BudgetLevels {

    /** What each supporter who can afford it pays: {@code amount / (payers * denominator)} money units. */
    record Payment(BigInteger amount, long payers, BigInteger denominator) {

        /** The rho of equal shares with cost utilities: price per unit of utility, comparable across rounds. */
        Rho rho(BigInteger cost) {
            return new Rho(amount, BigInteger.valueOf(payers).multiply(cost).multiply(denominator));
        }
    }

    /** A fraction compared without reducing it, since rho is only ever compared. */
    record Rho(BigInteger numerator, BigInteger denominator) implements Comparable<Rho> {

        static Rho lowest(long supporters) {
            return new Rho(BigInteger.ONE, BigInteger.valueOf(supporters));
        }

        @Override
        public int compareTo(Rho other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }
    }

    private static final class Level {
        private BigInteger money;
        private final int[] groups;
        private final long[] support;
        private final long voters;

        private Level(BigInteger money, int[] groups, long[] support, long voters) {
            this.money = money;
            this.groups = groups;
            this.support = support;
            this.voters = voters;
        }
    }

    private final VoterGroups voters;
    private BigInteger denominator;
    private List<Level> levels = new ArrayList<>();

    /** Every voter starts with {@code share / denominator} money units. */
    BudgetLevels(VoterGroups voters, BigInteger share, BigInteger denominator) {
        this.voters = voters;
        this.denominator = denominator;
        int[] all = new int[voters.groupCount()];
        Arrays.setAll(all, g -> g);
        if (all.length > 0) {
            levels.add(level(share, all));
        }
    }

    /** The payment that covers the project's cost with its supporters paying equally where they can, if any. */
    Payment payment(int project) {
        BigInteger uncovered = voters.cost(project).multiply(denominator);
        long payers = voters.supporters(project);
        for (Level level : levels) {
            long supporting = level.support[project];
            if (supporting == 0) {
                continue;
            }
            if (uncovered.compareTo(level.money.multiply(BigInteger.valueOf(payers))) <= 0) {
                return new Payment(uncovered, payers, denominator);
            }
            uncovered = uncovered.subtract(level.money.multiply(BigInteger.valueOf(supporting)));
            payers -= supporting;
        }
        return null;
    }

    /** Charges the project's supporters: each pays the payment, or everything they have left if that is less. */
    void charge(int project, Payment payment) {
        BigInteger payers = BigInteger.valueOf(payment.payers());
        BigInteger gcd = payment.amount().gcd(payers);
        BigInteger rescale = payers.divide(gcd);
        BigInteger price = payment.amount().divide(gcd);
        boolean rescaled = !rescale.equals(BigInteger.ONE);
        denominator = denominator.multiply(rescale);
        List<Level> next = new ArrayList<>(levels.size() + 8);
        for (Level level : levels) {
            if (rescaled) {
                level.money = level.money.multiply(rescale);
            }
            long paying = level.support[project];
            if (paying == 0) {
                next.add(level);
            } else if (paying == level.voters) {
                level.money = level.money.subtract(price).max(BigInteger.ZERO);
                next.add(level);
            } else {
                split(level, project, level.money.subtract(price).max(BigInteger.ZERO), next);
            }
        }
        levels = merged(next);
        reduce();
    }

    /** Remaining money per group, in money units. */
    Rational[] remainingPerGroup() {
        Rational[] remaining = new Rational[voters.groupCount()];
        for (Level level : levels) {
            Rational money = Rational.of(level.money, denominator);
            for (int group : level.groups) {
                remaining[group] = money;
            }
        }
        return remaining;
    }

    private void split(Level level, int project, BigInteger paidDown, List<Level> next) {
        int[] paying = new int[level.groups.length];
        int[] notPaying = new int[level.groups.length];
        int payingCount = 0;
        int notPayingCount = 0;
        for (int group : level.groups) {
            if (voters.approves(group, project)) {
                paying[payingCount++] = group;
            } else {
                notPaying[notPayingCount++] = group;
            }
        }
        Level payingLevel = level(paidDown, Arrays.copyOf(paying, payingCount));
        long[] rest = level.support.clone();
        for (int p = 0; p < rest.length; p++) {
            rest[p] -= payingLevel.support[p];
        }
        next.add(payingLevel);
        next.add(new Level(level.money, Arrays.copyOf(notPaying, notPayingCount), rest,
                level.voters - payingLevel.voters));
    }

    private Level level(BigInteger money, int[] groups) {
        long[] support = new long[voters.projectCount()];
        long total = 0;
        for (int group : groups) {
            long size = voters.size(group);
            total += size;
            for (int p : voters.approvedProjects(group)) {
                support[p] += size;
            }
        }
        return new Level(money, groups, support, total);
    }

    private static List<Level> merged(List<Level> unsorted) {
        unsorted.sort(Comparator.comparing((Level level) -> level.money));
        List<Level> merged = new ArrayList<>(unsorted.size());
        for (Level level : unsorted) {
            Level last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.money.equals(level.money)) {
                int[] groups = Arrays.copyOf(last.groups, last.groups.length + level.groups.length);
                System.arraycopy(level.groups, 0, groups, last.groups.length, level.groups.length);
                long[] support = last.support.clone();
                for (int p = 0; p < support.length; p++) {
                    support[p] += level.support[p];
                }
                merged.set(merged.size() - 1, new Level(last.money, groups, support, last.voters + level.voters));
            } else {
                merged.add(level);
            }
        }
        return merged;
    }

    /** Keeps the common denominator small by cancelling what all amounts share with it. */
    private void reduce() {
        BigInteger gcd = denominator;
        for (Level level : levels) {
            gcd = gcd.gcd(level.money);
            if (gcd.equals(BigInteger.ONE)) {
                return;
            }
        }
        denominator = denominator.divide(gcd);
        for (Level level : levels) {
            level.money = level.money.divide(gcd);
        }
    }
}
