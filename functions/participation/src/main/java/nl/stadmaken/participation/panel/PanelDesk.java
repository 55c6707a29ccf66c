package nl.stadmaken.participation.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.stadmaken.participation.domain.Choice;
import nl.stadmaken.participation.domain.ParticipationService;
import nl.stadmaken.participation.domain.SignUp;
import nl.stadmaken.participation.domain.Trajectory;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Everything about panel draws except drawing: fixing the seed before the pool closes, the published draws, the staff
 * view that links pseudonyms to sign-ups, the outbox, and the pool and quota files for auditors.
 */
public final class PanelDesk {

    private final ParticipationService trajectories;
    private final PanelStore store;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public PanelDesk(ParticipationService trajectories, PanelStore store, Pseudonyms pseudonyms, Clock clock) {
        this.trajectories = trajectories;
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    public record SeedForm(String seed) {
    }

    /**
     * Fixes the public seed. It must be fixed while the pool is still open, so that nobody can pick a seed knowing who
     * signed up; fixing the same seed again answers the same, another seed is refused.
     */
    public SeedRecord fixSeed(String trajectoryId, SeedForm form) {
        FieldCheck check = new FieldCheck();
        String seed = check.text("seed", form.seed(), 200, true);
        check.throwIfAny();
        Trajectory trajectory = panel(trajectoryId, true);
        Instant closes = trajectory.content().agreement().signUpCloses();
        if (closes == null) {
            throw ProblemException.validation("agreement.signUpCloses", "required before a seed can be fixed");
        }
        Optional<SeedRecord> existing = store.seed(trajectoryId);
        if (existing.isEmpty()) {
            Instant now = clock.instant();
            if (!now.isBefore(closes)) {
                throw ProblemException.conflict("pool-closed",
                        "The pool closed at " + closes + "; a seed must be fixed before it closes.");
            }
            if (store.fixSeed(trajectoryId, new SeedRecord(seed, now))) {
                return new SeedRecord(seed, now);
            }
            existing = store.seed(trajectoryId);
        }
        SeedRecord fixed = existing.orElseThrow();
        if (!fixed.seed().equals(seed)) {
            throw ProblemException.conflict("seed-fixed", "This panel's seed was fixed at " + fixed.fixedAt() + " and cannot change.");
        }
        return fixed;
    }

    /** The seed and every draw, for anyone, once the trajectory is published. */
    public PublishedDraws published(String trajectoryId) {
        Trajectory trajectory = panel(trajectoryId, false);
        return new PublishedDraws(trajectory.content().agreement().signUpCloses(), store.seed(trajectoryId).orElse(null),
                store.draws(trajectoryId));
    }

    public record PublishedDraws(Instant poolClosesAt, SeedRecord seed, List<DrawRecord> draws) {
    }

    public DrawRecord publishedDraw(String trajectoryId, String number) {
        panel(trajectoryId, false);
        return find(trajectoryId, number);
    }

    /** A draw with each member's sign-up, as far as it is still kept. */
    public StaffDraw staffDraw(String trajectoryId, String number) {
        panel(trajectoryId, true);
        DrawRecord draw = find(trajectoryId, number);
        Map<String, SignUp> byPseudonym = pseudonyms.index(trajectoryId, trajectories.signUps(trajectoryId));
        List<PanelMember> members = new ArrayList<>();
        for (String member : draw.panel()) {
            members.add(new PanelMember(member, draw.drawn().contains(member), Optional.ofNullable(byPseudonym.get(member))));
        }
        return new StaffDraw(draw, members);
    }

    public record StaffDraw(DrawRecord draw, List<PanelMember> members) {
    }

    /** A panel member; the sign-up is empty once its retention has passed. */
    public record PanelMember(String pseudonym, boolean drawnThisTime, Optional<SignUp> signUp) {
    }

    public List<OutboxMessage> outbox(String trajectoryId) {
        panel(trajectoryId, true);
        return store.outbox(trajectoryId);
    }

    /**
     * The pool as the draw saw it, for an auditor: {@code id}, one column per feature, and {@code household} when one
     * member per household is drawn. With the quota file, seed and algorithm it reproduces the draw's input hash.
     */
    public String poolCsv(String trajectoryId) {
        DrawInput input = input(trajectoryId);
        TreeSet<String> features = new TreeSet<>();
        input.members().forEach(member -> features.addAll(member.features().keySet()));
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(features);
        if (input.oneMemberPerHousehold()) {
            header.add("household");
        }
        StringBuilder csv = new StringBuilder(String.join(",", header.stream().map(PanelDesk::csvField).toList())).append('\n');
        for (DrawInput.PoolMember member : input.members()) {
            List<String> row = new ArrayList<>(List.of(member.id()));
            features.forEach(feature -> row.add(member.features().getOrDefault(feature, "")));
            if (input.oneMemberPerHousehold()) {
                row.add(member.household());
            }
            csv.append(String.join(",", row.stream().map(PanelDesk::csvField).toList())).append('\n');
        }
        return csv.toString();
    }

    /** The quotas as applied ({@code feature,value,min,max}). */
    public String quotasCsv(String trajectoryId) {
        StringBuilder csv = new StringBuilder("feature,value,min,max\n");
        for (DrawRecord.QuotaCount quota : input(trajectoryId).quotas()) {
            csv.append(csvField(quota.feature())).append(',').append(csvField(quota.value())).append(',')
                    .append(quota.min()).append(',').append(quota.max()).append('\n');
        }
        return csv.toString();
    }

    private DrawInput input(String trajectoryId) {
        panel(trajectoryId, true);
        return store.input(trajectoryId).orElseThrow(() -> ProblemException.notFound(
                "No draw input for " + trajectoryId + ": not drawn yet, or erased with the personal data."));
    }

    private DrawRecord find(String trajectoryId, String number) {
        return store.draws(trajectoryId).stream().filter(draw -> Integer.toString(draw.number()).equals(number)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No draw " + number + " for " + trajectoryId + "."));
    }

    /** The trajectory, which must be a panel; residents see only published and closed ones. */
    Trajectory panel(String trajectoryId, boolean staff) {
        Trajectory trajectory = staff ? trajectories.staffGet(trajectoryId) : trajectories.publicGet(trajectoryId);
        if (trajectory.content().kind() != Choice.Kind.PANEL) {
            throw ProblemException.conflict("not-a-panel", "Trajectory " + trajectoryId + " is not a panel drawn by lot.");
        }
        return trajectory;
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
