package nl.stadmaken.participation.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stadmaken.participation.sortition.Algorithm;
import nl.stadmaken.participation.sortition.DrawOutcome;
import nl.stadmaken.participation.sortition.DrawRequest;
import nl.stadmaken.participation.sortition.HouseholdRule;
import nl.stadmaken.participation.sortition.Member;
import nl.stadmaken.participation.sortition.PanelDraw;
import nl.stadmaken.participation.sortition.Pool;
import nl.stadmaken.participation.sortition.Quota;
import nl.stadmaken.participation.sortition.Quotas;
import nl.stadmaken.participation.sortition.Seed;

/**
 * Loads the sortition engine and its solvers by drawing a small made-up panel in memory with each algorithm; nothing is
 * stored. The panel-draw function's SnapStart priming runs it before the snapshot.
 */
public final class EngineWarmUp {

    public EngineWarmUp() {
    }

    /** Draws 4 of 12 with a quota per value of two features, by each algorithm; true when both drew a panel. */
    public boolean warmUp() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(new Member("w" + i, Map.of("a", i % 2 == 0 ? "x" : "y", "b", i % 3 == 0 ? "p" : "q")));
        }
        Quotas quotas = new Quotas(List.of(new Quota("a", "x", 1, 3), new Quota("a", "y", 1, 3),
                new Quota("b", "p", 1, 2), new Quota("b", "q", 1, 3)));
        boolean drawn = true;
        for (Algorithm algorithm : Algorithm.values()) {
            DrawRequest request = new DrawRequest(new Pool(members), quotas, 4, HouseholdRule.IGNORED, algorithm, Seed.of("warm-up"));
            drawn &= PanelDraw.draw(request) instanceof DrawOutcome.Drawn;
        }
        return drawn;
    }
}
