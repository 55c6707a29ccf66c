package nl.stadmaken.participation.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a drawn panel against the request by recounting from the pool, independently of the engine's own tallies. */
final class PanelChecks {

    private PanelChecks() {
    }

    static DrawOutcome.Drawn drawn(DrawOutcome outcome) {
        assertThat(outcome).isInstanceOf(DrawOutcome.Drawn.class);
        return (DrawOutcome.Drawn) outcome;
    }

    static void assertMeetsQuotas(DrawRequest request, List<String> panel) {
        Map<String, Member> byId = request.pool().members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        assertThat(panel).hasSize(request.panelSize()).doesNotHaveDuplicates();
        assertThat(byId.keySet()).containsAll(panel);
        for (Quota quota : request.quotas().quotas()) {
            long count = panel.stream().map(byId::get).filter(quota.featureValue()::isHeldBy).count();
            assertThat(count).as("members with %s", quota.featureValue()).isBetween((long) quota.min(), (long) quota.max());
        }
    }

    static void assertOnePerHousehold(DrawRequest request, List<String> panel) {
        Map<String, Member> byId = request.pool().members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Set<String> households = new HashSet<>();
        for (String id : panel) {
            byId.get(id).household().ifPresent(key -> assertThat(households.add(key)).as("second member of household %s", key).isTrue());
        }
    }
}
