package nl.stadmaken.participation.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Draws on small random pools whose quotas are built around a random valid panel, so a panel always exists. */
class SortitionProperties {

    @Property(tries = 30)
    void quotasAreAlwaysMet(@ForAll("smallDraws") DrawRequest request, @ForAll Algorithm algorithm) {
        DrawOutcome outcome = PanelDraw.draw(request.withAlgorithm(algorithm));

        if (algorithm == Algorithm.LEGACY && outcome instanceof DrawOutcome.GaveUp) {
            return;
        }
        DrawOutcome.Drawn drawn = PanelChecks.drawn(outcome);
        PanelChecks.assertMeetsQuotas(request, drawn.panel());
        PanelChecks.assertOnePerHousehold(request, drawn.panel());
    }

    @Property(tries = 30)
    void leximinProbabilitiesSumToPanelSizeAndLieBetweenZeroAndOne(@ForAll("smallDraws") DrawRequest request) {
        DrawOutcome.Drawn drawn = PanelChecks.drawn(PanelDraw.draw(request));

        assertThat(drawn.probabilities()).hasSize(request.pool().size());
        assertThat(drawn.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(request.panelSize(), within(1e-6));
        assertThat(drawn.probabilities().values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(drawn.probabilities().keySet()).containsAll(drawn.panel());
    }

    @Property(tries = 20)
    void withoutQuotasEveryMemberGetsPanelSizeOverPoolSize(@ForAll @IntRange(min = 1, max = 15) int poolSize,
            @ForAll @IntRange(min = 1, max = 15) int panelSize) {
        int size = Math.min(panelSize, poolSize);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            members.add(new Member("m" + i, Map.of("age", i % 2 == 0 ? "young" : "old")));
        }
        DrawRequest request = new DrawRequest(new Pool(members), Quotas.none(), size, HouseholdRule.IGNORED, Algorithm.LEXIMIN, Seed.of(poolSize));

        DrawOutcome.Drawn drawn = PanelChecks.drawn(PanelDraw.draw(request));

        assertThat(drawn.panel()).hasSize(size);
        assertThat(drawn.probabilities().values()).allSatisfy(p -> assertThat(p).isCloseTo((double) size / poolSize, within(1e-9)));
    }

    @Provide
    Arbitrary<DrawRequest> smallDraws() {
        return Arbitraries.integers().between(3, 10).flatMap(poolSize -> Combinators.combine(
                Arbitraries.integers().between(0, 2).list().ofSize(poolSize),
                Arbitraries.integers().between(0, 1).list().ofSize(poolSize),
                Arbitraries.integers().between(0, poolSize * 2).list().ofSize(poolSize),
                Arbitraries.integers().between(1, poolSize),
                Arbitraries.longs()).as(SortitionProperties::drawAroundRandomPanel));
    }

    private static DrawRequest drawAroundRandomPanel(List<Integer> regions, List<Integer> ages, List<Integer> households, int wanted, long witnessSeed) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Optional<String> household = households.get(i) < regions.size() ? Optional.of("h" + households.get(i)) : Optional.empty();
            members.add(new Member("m" + i, Map.of("region", "r" + regions.get(i), "age", "a" + ages.get(i)), household));
        }
        List<Member> order = new ArrayList<>(members);
        Random random = new Random(witnessSeed);
        Collections.shuffle(order, random);
        List<Member> witness = new ArrayList<>();
        Set<String> usedHouseholds = new HashSet<>();
        for (Member member : order) {
            if (witness.size() < wanted && member.household().map(usedHouseholds::add).orElse(true)) {
                witness.add(member);
            }
        }
        List<Quota> quotas = new ArrayList<>();
        for (String feature : List.of("region", "age")) {
            members.stream().map(member -> member.features().get(feature)).distinct().forEach(value -> {
                FeatureValue featureValue = new FeatureValue(feature, value);
                int count = (int) witness.stream().filter(featureValue::isHeldBy).count();
                quotas.add(new Quota(featureValue, Math.max(0, count - random.nextInt(2)), count + random.nextInt(2)));
            });
        }
        return new DrawRequest(new Pool(members), new Quotas(quotas), witness.size(), HouseholdRule.ONE_PER_HOUSEHOLD,
                Algorithm.LEXIMIN, Seed.of(witnessSeed));
    }
}
