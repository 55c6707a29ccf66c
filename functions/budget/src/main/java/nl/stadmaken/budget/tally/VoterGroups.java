package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ballot box in integer money units with voters grouped by identical approval sets: such voters always have the
 * same remaining budget under equal shares, so they are charged as one.
 */
final class VoterGroups {

    private final String[] ids;
    private final BigInteger[] costs;
    private final BigInteger budget;
    private final BigInteger unitsPerCurrency;
    private final BitSet[] approvals;
    private final int[][] approvedProjects;
    private final long[] sizes;
    private final int[] groupOfBallot;
    private final long[] supporters;

    private VoterGroups(String[] ids, BigInteger[] costs, BigInteger budget, BigInteger unitsPerCurrency,
            BitSet[] approvals, long[] sizes, int[] groupOfBallot, long[] supporters) {
        this.ids = ids;
        this.costs = costs;
        this.budget = budget;
        this.unitsPerCurrency = unitsPerCurrency;
        this.approvals = approvals;
        this.approvedProjects = new int[approvals.length][];
        for (int g = 0; g < approvals.length; g++) {
            approvedProjects[g] = approvals[g].stream().toArray();
        }
        this.sizes = sizes;
        this.groupOfBallot = groupOfBallot;
        this.supporters = supporters;
    }

    static VoterGroups of(BallotBox box) {
        List<BudgetProject> projects = box.projects();
        int scale = Math.max(0, box.budget().stripTrailingZeros().scale());
        for (BudgetProject project : projects) {
            scale = Math.max(scale, project.cost().stripTrailingZeros().scale());
        }
        String[] ids = new String[projects.size()];
        BigInteger[] costs = new BigInteger[projects.size()];
        Map<String, Integer> indexOf = new HashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            ids[p] = projects.get(p).id();
            costs[p] = inUnits(projects.get(p).cost(), scale);
            indexOf.put(ids[p], p);
        }
        Map<BitSet, Integer> groupOfSet = new HashMap<>();
        List<BitSet> approvals = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        int[] groupOfBallot = new int[box.ballots().size()];
        for (int b = 0; b < groupOfBallot.length; b++) {
            BitSet approved = new BitSet(ids.length);
            box.ballots().get(b).approved().forEach(id -> approved.set(indexOf.get(id)));
            Integer group = groupOfSet.get(approved);
            if (group == null) {
                group = approvals.size();
                groupOfSet.put(approved, group);
                approvals.add(approved);
                sizes.add(0L);
            }
            sizes.set(group, sizes.get(group) + 1);
            groupOfBallot[b] = group;
        }
        long[] supporters = new long[ids.length];
        for (int g = 0; g < approvals.size(); g++) {
            long size = sizes.get(g);
            approvals.get(g).stream().forEach(p -> supporters[p] += size);
        }
        return new VoterGroups(ids, costs, inUnits(box.budget(), scale), BigInteger.TEN.pow(scale),
                approvals.toArray(BitSet[]::new), sizes.stream().mapToLong(Long::longValue).toArray(),
                groupOfBallot, supporters);
    }

    private static BigInteger inUnits(BigDecimal amount, int scale) {
        return amount.movePointRight(scale).toBigIntegerExact();
    }

    int projectCount() {
        return ids.length;
    }

    String id(int project) {
        return ids[project];
    }

    BigInteger cost(int project) {
        return costs[project];
    }

    BigInteger budget() {
        return budget;
    }

    BigInteger unitsPerCurrency() {
        return unitsPerCurrency;
    }

    int groupCount() {
        return sizes.length;
    }

    long size(int group) {
        return sizes[group];
    }

    boolean approves(int group, int project) {
        return approvals[group].get(project);
    }

    int[] approvedProjects(int group) {
        return approvedProjects[group];
    }

    int ballotCount() {
        return groupOfBallot.length;
    }

    int groupOfBallot(int ballot) {
        return groupOfBallot[ballot];
    }

    /** Number of voters approving the project. */
    long supporters(int project) {
        return supporters[project];
    }

    BigInteger totalCost(List<Integer> selection) {
        return selection.stream().map(p -> costs[p]).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
