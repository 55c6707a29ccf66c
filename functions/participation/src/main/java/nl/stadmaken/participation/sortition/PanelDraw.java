package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Draws panels and replacements; the entry point of the sortition engine. */
public final class PanelDraw {

    private PanelDraw() {
    }

    /** Draws a panel, or explains why none can meet the quotas. */
    public static DrawOutcome draw(DrawRequest request) {
        SelectionProblem problem = SelectionProblem.of(request);
        return drawFrom(problem, request.algorithm(), request.seed(), CanonicalInput.sha256(CanonicalInput.of(request)),
                List.of(), request);
    }

    /** SHA-256 of the request's canonical input, as the audit of its draw records it. */
    public static String inputSha256(DrawRequest request) {
        return CanonicalInput.sha256(CanonicalInput.of(request));
    }

    /**
     * Draws replacements from the members never drawn, with quotas narrowed by the members who stay, so that the
     * resulting panel meets the original quotas.
     */
    public static DrawOutcome replace(ReplacementRequest request) {
        DrawRequest original = request.original();
        Set<String> excluded = new HashSet<>(request.previousPanel());
        excluded.addAll(request.withdrawn());
        Set<String> stayingIds = Set.copyOf(request.staying());
        List<Member> staying = original.pool().members().stream().filter(m -> stayingIds.contains(m.id())).toList();
        Set<String> stayingHouseholds = new HashSet<>();
        if (original.householdRule() == HouseholdRule.ONE_PER_HOUSEHOLD) {
            staying.forEach(member -> member.household().ifPresent(stayingHouseholds::add));
        }
        List<Member> candidates = original.pool().members().stream()
                .filter(m -> !excluded.contains(m.id()))
                .filter(m -> m.household().map(key -> !stayingHouseholds.contains(key)).orElse(true))
                .toList();
        List<Quota> remainingQuotas = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Quota quota : original.quotas().quotas()) {
            int stayingWithValue = (int) staying.stream().filter(quota.featureValue()::isHeldBy).count();
            if (stayingWithValue > quota.max()) {
                reasons.add(quota.featureValue() + ": the " + stayingWithValue + " members who stay already exceed the maximum " + quota.max());
            } else {
                remainingQuotas.add(new Quota(quota.featureValue(), Math.max(0, quota.min() - stayingWithValue), quota.max() - stayingWithValue));
            }
        }
        if (!reasons.isEmpty()) {
            return new DrawOutcome.Infeasible(reasons);
        }
        SelectionProblem problem = new SelectionProblem(candidates, remainingQuotas, request.replacements(), original.householdRule());
        DrawOutcome outcome = drawFrom(problem, original.algorithm(), request.seed(), CanonicalInput.sha256(CanonicalInput.of(request)),
                request.staying(), original);
        if (outcome instanceof DrawOutcome.Infeasible(List<String> subReasons)) {
            String context = "replacing " + request.replacements() + " with quotas net of the " + staying.size() + " members who stay: ";
            return new DrawOutcome.Infeasible(subReasons.stream().map(reason -> context + reason).toList());
        }
        return outcome;
    }

    private static DrawOutcome drawFrom(SelectionProblem problem, Algorithm algorithm, Seed seed, String inputSha256,
            List<String> staying, DrawRequest original) {
        List<String> reasons = Feasibility.reasons(problem);
        if (!reasons.isEmpty()) {
            return new DrawOutcome.Infeasible(reasons);
        }
        Selection selection = switch (algorithm) {
            case LEXIMIN -> leximin(problem, seed);
            case LEGACY -> legacy(problem, seed);
        };
        if (selection.panel().isEmpty()) {
            return new DrawOutcome.GaveUp("the legacy draw hit a dead end in all " + LegacyDraw.MAX_ATTEMPTS + " attempts; LEXIMIN can still draw");
        }
        List<String> drawn = selection.panel().get().stream().map(i -> problem.member(i).id()).sorted().toList();
        List<String> panel = Stream.concat(staying.stream(), drawn.stream()).sorted().toList();
        SortedMap<String, Double> probabilities = new TreeMap<>();
        for (int i = 0; i < problem.poolSize(); i++) {
            probabilities.put(problem.member(i).id(), selection.probabilities()[i]);
        }
        double minimum = probabilities.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        DrawAudit audit = new DrawAudit(inputSha256, seed, algorithm.label(), algorithm.version(), panel, drawn, probabilities);
        return new DrawOutcome.Drawn(panel, drawn, probabilities, minimum, tallies(original, panel), audit);
    }

    private static Selection leximin(SelectionProblem problem, Seed seed) {
        PanelDistribution lottery = Leximin.distribution(problem);
        return new Selection(Optional.of(lottery.choose(problem, RandomStream.of(seed, "leximin panel"))), lottery.marginals(problem));
    }

    private static Selection legacy(SelectionProblem problem, Seed seed) {
        Optional<List<Integer>> panel = LegacyDraw.draw(problem, RandomStream.of(seed, "legacy panel"));
        double[] probabilities = panel.isPresent() ? LegacyDraw.estimate(problem, seed, LegacyDraw.ESTIMATE_RUNS) : new double[problem.poolSize()];
        return new Selection(panel, probabilities);
    }

    private static List<QuotaTally> tallies(DrawRequest original, List<String> panel) {
        Set<String> onPanel = Set.copyOf(panel);
        List<Member> members = original.pool().members().stream().filter(m -> onPanel.contains(m.id())).toList();
        return original.quotas().quotas().stream()
                .map(quota -> new QuotaTally(quota, (int) members.stream().filter(quota.featureValue()::isHeldBy).count()))
                .toList();
    }

    /** Member indices of the chosen panel, empty when the draw gave up, and every candidate's selection probability. */
    private record Selection(Optional<List<Integer>> panel, double[] probabilities) {
    }
}
