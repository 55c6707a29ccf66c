package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A draw in index form, as the algorithms see it: members are numbered 0..n-1 in id order, quotas by their sorted
 * position, and every member belongs to exactly one household number (a household of one when it has no key or the
 * household rule is off).
 *
 * <p>Members are also split into interchangeable groups: members with the same feature values who share no household
 * with anyone. Swapping two members of a group turns a valid panel into a valid panel, so optimisation can count
 * members per group instead of choosing individuals; members of shared households form groups of one.
 */
final class SelectionProblem {

    private final List<Member> members;
    private final List<Quota> quotas;
    private final int panelSize;
    private final int[][] membersByQuota;
    private final int[][] quotasByMember;
    private final int[] householdOf;
    private final int[][] sharedHouseholds;
    private final int[][] groups;
    private final int[] groupOf;

    SelectionProblem(List<Member> members, List<Quota> quotas, int panelSize, HouseholdRule householdRule) {
        this.members = members.stream().sorted(Comparator.comparing(Member::id)).toList();
        this.quotas = quotas.stream().sorted(Comparator.comparing(Quota::featureValue)).toList();
        this.panelSize = panelSize;
        this.quotasByMember = new int[this.members.size()][];
        for (int i = 0; i < quotasByMember.length; i++) {
            Member member = this.members.get(i);
            quotasByMember[i] = IntStream.range(0, this.quotas.size()).filter(q -> this.quotas.get(q).featureValue().isHeldBy(member)).toArray();
        }
        this.membersByQuota = new int[this.quotas.size()][];
        for (int q = 0; q < membersByQuota.length; q++) {
            FeatureValue value = this.quotas.get(q).featureValue();
            membersByQuota[q] = IntStream.range(0, this.members.size()).filter(i -> value.isHeldBy(this.members.get(i))).toArray();
        }
        this.householdOf = householdNumbers(this.members, householdRule);
        this.sharedHouseholds = sharedHouseholds(householdOf);
        this.groups = interchangeableGroups(quotasByMember, sharedHouseholds);
        this.groupOf = new int[this.members.size()];
        for (int g = 0; g < groups.length; g++) {
            for (int i : groups[g]) {
                groupOf[i] = g;
            }
        }
    }

    /** A number per member, shared by members of one household; members without a key get a negative number of their own. */
    private static int[] householdNumbers(List<Member> members, HouseholdRule householdRule) {
        int[] numbers = new int[members.size()];
        Map<String, Integer> numberOfKey = new HashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            Optional<String> key = members.get(i).household().filter(k -> householdRule == HouseholdRule.ONE_PER_HOUSEHOLD);
            numbers[i] = key.isPresent() ? numberOfKey.computeIfAbsent(key.get(), k -> numberOfKey.size()) : -1 - i;
        }
        return numbers;
    }

    private static int[][] sharedHouseholds(int[] householdOf) {
        Map<Integer, List<Integer>> byHousehold = new LinkedHashMap<>();
        for (int i = 0; i < householdOf.length; i++) {
            byHousehold.computeIfAbsent(householdOf[i], h -> new ArrayList<>()).add(i);
        }
        return byHousehold.values().stream().filter(members -> members.size() > 1).map(SelectionProblem::toArray).toArray(int[][]::new);
    }

    private static int[][] interchangeableGroups(int[][] quotasByMember, int[][] sharedHouseholds) {
        Set<Integer> inSharedHousehold = new HashSet<>();
        for (int[] household : sharedHouseholds) {
            Arrays.stream(household).forEach(inSharedHousehold::add);
        }
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < quotasByMember.length; i++) {
            String key = inSharedHousehold.contains(i) ? "member " + i : "values " + Arrays.toString(quotasByMember[i]);
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return byGroup.values().stream().map(SelectionProblem::toArray).toArray(int[][]::new);
    }

    static SelectionProblem of(DrawRequest request) {
        return new SelectionProblem(request.pool().members(), request.quotas().quotas(), request.panelSize(), request.householdRule());
    }

    int poolSize() {
        return members.size();
    }

    int panelSize() {
        return panelSize;
    }

    Member member(int index) {
        return members.get(index);
    }

    List<Member> members() {
        return members;
    }

    List<Quota> quotas() {
        return quotas;
    }

    int[] membersWith(int quota) {
        return membersByQuota[quota];
    }

    int[] quotasOf(int member) {
        return quotasByMember[member];
    }

    int householdOf(int member) {
        return householdOf[member];
    }

    /** Households with more than one member; only these need a constraint. */
    int[][] sharedHouseholds() {
        return sharedHouseholds;
    }

    int groupCount() {
        return groups.length;
    }

    /** Members of an interchangeable group, in id order. */
    int[] group(int group) {
        return groups[group];
    }

    int groupOf(int member) {
        return groupOf[member];
    }

    /** The members a panel composition (members per group) stands for when each group gives its first members. */
    List<Integer> representativePanel(List<Integer> composition) {
        List<Integer> panel = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (int j = 0; j < composition.get(g); j++) {
                panel.add(groups[g][j]);
            }
        }
        return panel;
    }

    int householdCount(int[] memberIndices) {
        Set<Integer> households = new HashSet<>();
        for (int i : memberIndices) {
            households.add(householdOf[i]);
        }
        return households.size();
    }

    int householdCount() {
        int[] everyone = new int[members.size()];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        return householdCount(everyone);
    }

    boolean isValidPanel(Collection<Integer> panel) {
        return isValidPanel(panel, quota -> true);
    }

    /** Checks size, household rule and those quotas the predicate selects. */
    boolean isValidPanel(Collection<Integer> panel, IntPredicate enforcedQuota) {
        if (panel.size() != panelSize || new HashSet<>(panel).size() != panelSize) {
            return false;
        }
        int[] counts = quotaCounts(panel);
        for (int q = 0; q < quotas.size(); q++) {
            if (enforcedQuota.test(q) && !quotas.get(q).admits(counts[q])) {
                return false;
            }
        }
        Set<Integer> households = new HashSet<>();
        return panel.stream().allMatch(i -> households.add(householdOf[i]));
    }

    int[] quotaCounts(Collection<Integer> panel) {
        int[] counts = new int[quotas.size()];
        for (int i : panel) {
            for (int q : quotasByMember[i]) {
                counts[q]++;
            }
        }
        return counts;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
