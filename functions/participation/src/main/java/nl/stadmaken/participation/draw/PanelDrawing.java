package nl.stadmaken.participation.draw;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.stadmaken.participation.domain.ParticipationService;
import nl.stadmaken.participation.domain.PanelSettings;
import nl.stadmaken.participation.domain.SignUp;
import nl.stadmaken.participation.domain.SignUpStatus;
import nl.stadmaken.participation.domain.Trajectory;
import nl.stadmaken.participation.domain.TrajectoryStatus;
import nl.stadmaken.participation.panel.DrawInput;
import nl.stadmaken.participation.panel.DrawRecord;
import nl.stadmaken.participation.panel.OutboxMessage;
import nl.stadmaken.participation.panel.PanelLetter;
import nl.stadmaken.participation.panel.PanelStore;
import nl.stadmaken.participation.panel.Pseudonyms;
import nl.stadmaken.participation.panel.SeedRecord;
import nl.stadmaken.participation.sortition.Algorithm;
import nl.stadmaken.participation.sortition.DrawOutcome;
import nl.stadmaken.participation.sortition.DrawRequest;
import nl.stadmaken.participation.sortition.HouseholdRule;
import nl.stadmaken.participation.sortition.Member;
import nl.stadmaken.participation.sortition.PanelDraw;
import nl.stadmaken.participation.sortition.Pool;
import nl.stadmaken.participation.sortition.Quota;
import nl.stadmaken.participation.sortition.QuotaTally;
import nl.stadmaken.participation.sortition.Quotas;
import nl.stadmaken.participation.sortition.ReplacementRequest;
import nl.stadmaken.participation.sortition.Seed;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Draws a panel from a closed pool with the seed fixed before it closed, and replacements after withdrawals. The draw
 * is stored with its pseudonymous audit record, and those drawn get a message in the outbox.
 */
public final class PanelDrawing {

    private final ParticipationService trajectories;
    private final PanelStore store;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public PanelDrawing(ParticipationService trajectories, PanelStore store, Pseudonyms pseudonyms, Clock clock) {
        this.trajectories = trajectories;
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** As staff send it; quotas name a feature of the panel and one of its values. */
    public record DrawForm(Integer panelSize, String algorithm, List<QuotaForm> quotas) {
    }

    public record QuotaForm(String feature, String value, Integer min, Integer max) {
    }

    /**
     * Draws the panel; the same request again answers with the same draw. A request after the draw is compared with the
     * pool the draw was made from (its stored input), so withdrawals since do not make the same request another one.
     */
    public DrawRecord draw(String trajectoryId, DrawForm form) {
        Trajectory trajectory = closedPanel(trajectoryId);
        PanelStore.PanelState state = store.state(trajectoryId);
        SeedRecord seed = state.seed().orElseThrow(() -> ProblemException.conflict("no-seed",
                "No seed was fixed for this panel before its pool closed, so it cannot be drawn by lot."));
        if (!seed.fixedAt().isBefore(trajectory.content().agreement().signUpCloses())) {
            throw ProblemException.conflict("seed-too-late", "The seed was fixed after the pool closed.");
        }
        PanelSettings settings = trajectory.content().panel();
        List<DrawRecord> earlier = state.draws();
        if (!earlier.isEmpty() && state.input().isPresent()) {
            DrawInput drawnFrom = state.input().get();
            DrawInput input = input(form, settings, drawnFrom.members(), drawnFrom.expiresAt());
            DrawRecord record = sameDrawOrConflict(earlier.getFirst(), request(input, Seed.of(seed.seed())));
            // Again on a retry: a first attempt may have stopped before every message was in the outbox.
            tell(trajectory, record, OutboxMessage.SELECTED, state, () -> byPseudonym(trajectory));
            return record;
        }
        List<SignUp> signUps = trajectories.signUps(trajectory);
        boolean households = settings.oneMemberPerHousehold();
        List<DrawInput.PoolMember> pool = signUps.stream()
                .filter(signUp -> signUp.status() == SignUpStatus.CONFIRMED && signUp.person() != null)
                .map(signUp -> new DrawInput.PoolMember(pseudonyms.member(trajectoryId, signUp.id()), signUp.person().features(),
                        households ? pseudonyms.household(trajectoryId, signUp.person().household()) : null))
                .toList();
        DrawInput input = input(form, settings, pool, trajectories.retentionEnd(trajectory));
        DrawRequest request = request(input, Seed.of(seed.seed()));
        DrawRecord record;
        if (!earlier.isEmpty()) {
            // A draw whose input has expired with the personal data: only the pool of today is left to compare with.
            record = sameDrawOrConflict(earlier.getFirst(), request);
        } else {
            record = record(1, DrawRecord.DRAW, drawn(PanelDraw.draw(request)), request, List.of(), pool.size());
            if (!store.saveDraw(trajectoryId, record, Optional.of(input))) {
                record = sameDrawOrConflict(store.draws(trajectoryId).getFirst(), request);
            }
        }
        tell(trajectory, record, OutboxMessage.SELECTED, state, () -> pseudonyms.index(trajectoryId, signUps));
        return record;
    }

    /** The draw's input: the request's size, algorithm and quotas, checked against the panel and its pool. */
    private static DrawInput input(DrawForm form, PanelSettings settings, List<DrawInput.PoolMember> pool, Instant expiresAt) {
        FieldCheck check = new FieldCheck();
        int size = orZero(check.range("panelSize", form.panelSize(), 1, Math.max(1, pool.size()), true));
        Algorithm algorithm = check.choice("algorithm", form.algorithm() == null ? "leximin" : form.algorithm(),
                label -> Algorithm.find(label).orElse(null), "leximin, legacy", false);
        List<DrawRecord.QuotaCount> quotas = quotas(form.quotas(), settings, size, check);
        check.throwIfAny();
        return new DrawInput(pool, quotas, size, settings.oneMemberPerHousehold(), algorithm.label(), expiresAt);
    }

    /**
     * Draws replacements for the members of draw {@code number}'s panel who have withdrawn since, from those never drawn,
     * so that the panel meets the original quotas again. Only the latest draw can be replaced; the same request again
     * while its replacement is the latest answers that replacement, writing the letters a first attempt missed.
     */
    public DrawRecord replace(String trajectoryId, String number) {
        Trajectory trajectory = closedPanel(trajectoryId);
        PanelStore.PanelState state = store.state(trajectoryId);
        List<DrawRecord> draws = state.draws();
        DrawRecord previous = draws.stream().filter(draw -> Integer.toString(draw.number()).equals(number)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No draw " + number + " for " + trajectoryId + "."));
        DrawRecord latest = draws.getLast();
        if (latest.number() == previous.number() + 1) {
            // Each draw after the first replaces the one before it, so this is the replacement the request drew.
            tell(trajectory, latest, OutboxMessage.REPLACEMENT, state, () -> byPseudonym(trajectory));
            return latest;
        }
        if (previous.number() != latest.number()) {
            throw ProblemException.conflict("not-latest", "Draw " + number + " was replaced by draw " + latest.number()
                    + "; replace that one.");
        }
        DrawInput input = state.input().orElseThrow(() -> ProblemException.conflict("input-erased",
                "The draw input has been erased with the personal data; no replacements can be drawn."));
        SeedRecord seed = state.seed().orElseThrow();
        Set<String> withdrawn = new HashSet<>();
        Map<String, SignUp> current = byPseudonym(trajectory);
        for (DrawInput.PoolMember member : input.members()) {
            SignUp signUp = current.get(member.id());
            if (signUp == null || signUp.status() != SignUpStatus.CONFIRMED) {
                withdrawn.add(member.id());
            }
        }
        List<String> leaving = previous.panel().stream().filter(withdrawn::contains).toList();
        if (leaving.isEmpty()) {
            throw ProblemException.conflict("nothing-to-replace", "Nobody on the panel of draw " + number + " has withdrawn.");
        }
        int next = previous.number() + 1;
        DrawRequest original = request(input, Seed.of(seed.seed()));
        ReplacementRequest request = ReplacementRequest.forWithdrawals(original, previous.panel(), withdrawn,
                Seed.of(seed.seed() + "#" + next));
        DrawOutcome.Drawn drawn = drawn(PanelDraw.replace(request));
        DrawRecord record = record(next, DrawRecord.REPLACEMENT, drawn, original, leaving,
                input.members().size() - withdrawn.size());
        if (!store.saveDraw(trajectoryId, record, Optional.empty())) {
            // Made twice at once: the replacement stored (its number was free until then) is the answer to both.
            PanelStore.PanelState now = store.state(trajectoryId);
            DrawRecord stored = now.draws().stream().filter(draw -> draw.number() == next).findFirst().orElseThrow();
            tell(trajectory, stored, OutboxMessage.REPLACEMENT, now, () -> current);
            return stored;
        }
        tell(trajectory, record, OutboxMessage.REPLACEMENT, state, () -> current);
        return record;
    }

    /** The trajectory's sign-ups, by their pseudonym in its panel. */
    private Map<String, SignUp> byPseudonym(Trajectory trajectory) {
        return pseudonyms.index(trajectory.id(), trajectories.signUps(trajectory));
    }

    private Trajectory closedPanel(String trajectoryId) {
        Trajectory trajectory = trajectories.staffGet(trajectoryId);
        if (trajectory.content().panel() == null) {
            throw ProblemException.conflict("not-a-panel", "Trajectory " + trajectoryId + " is not a panel drawn by lot.");
        }
        if (trajectory.status() == TrajectoryStatus.DRAFT) {
            throw ProblemException.conflict("not-published", "A draft panel has no pool yet.");
        }
        Instant closes = trajectory.content().agreement().signUpCloses();
        if (closes == null || clock.instant().isBefore(closes)) {
            throw ProblemException.conflict("pool-open", "The pool is open until " + closes + "; draw after it closes.");
        }
        return trajectory;
    }

    /**
     * The quotas as given, checked against the panel's features; a value of a quoted feature without a quota may take
     * any number of places, so every value of it gets one, from 0 to the panel size.
     */
    private static List<DrawRecord.QuotaCount> quotas(List<QuotaForm> forms, PanelSettings settings, int size, FieldCheck check) {
        Map<String, DrawRecord.QuotaCount> byKey = new LinkedHashMap<>();
        List<QuotaForm> given = forms == null ? List.of() : forms;
        check.check(given.size() <= 400, "quotas", "at most 400 quotas");
        for (int i = 0; i < given.size() && i < 400; i++) {
            String field = "quotas[" + i + "]";
            QuotaForm quota = given.get(i);
            if (quota == null) {
                check.add(field, "required");
                continue;
            }
            Optional<PanelSettings.Feature> feature = Optional.ofNullable(quota.feature()).flatMap(settings::feature);
            check.check(feature.isPresent(), field + ".feature", "one of the panel's features: "
                    + String.join(", ", settings.features().stream().map(PanelSettings.Feature::name).toList()));
            // The feature's values are an immutable list, which cannot be asked whether it holds null.
            boolean knownValue = feature.isPresent() && quota.value() != null && feature.get().values().contains(quota.value());
            if (feature.isPresent()) {
                check.check(knownValue, field + ".value", quota.value() == null ? "required" : "one of the feature's values");
            } else {
                // Without a known feature the value cannot be matched, but what is wrong with it is still said.
                check.text(field + ".value", quota.value(), 80, true);
            }
            Integer min = check.range(field + ".min", quota.min(), 0, 100_000, true);
            Integer max = check.range(field + ".max", quota.max(), 0, 100_000, true);
            check.check(min == null || max == null || min <= max, field + ".max", "must be at least min");
            if (knownValue && min != null && max != null) {
                String key = quota.feature() + "\n" + quota.value();
                check.check(!byKey.containsKey(key), field, "a second quota for " + quota.feature() + "=" + quota.value());
                byKey.put(key, new DrawRecord.QuotaCount(quota.feature(), quota.value(), min, max, 0));
            }
        }
        Set<String> quoted = new HashSet<>();
        byKey.values().forEach(quota -> quoted.add(quota.feature()));
        for (PanelSettings.Feature feature : settings.features()) {
            if (quoted.contains(feature.name())) {
                for (String value : feature.values()) {
                    byKey.putIfAbsent(feature.name() + "\n" + value, new DrawRecord.QuotaCount(feature.name(), value, 0, size, 0));
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private static DrawRequest request(DrawInput input, Seed seed) {
        List<Member> members = input.members().stream()
                .map(member -> new Member(member.id(), member.features(), Optional.ofNullable(member.household()))).toList();
        Quotas quotas = new Quotas(input.quotas().stream().map(q -> new Quota(q.feature(), q.value(), q.min(), q.max())).toList());
        return new DrawRequest(new Pool(members), quotas, input.panelSize(),
                input.oneMemberPerHousehold() ? HouseholdRule.ONE_PER_HOUSEHOLD : HouseholdRule.IGNORED,
                Algorithm.fromLabel(input.algorithm()), seed);
    }

    private static DrawOutcome.Drawn drawn(DrawOutcome outcome) {
        return switch (outcome) {
            case DrawOutcome.Drawn drawn -> drawn;
            case DrawOutcome.Infeasible infeasible -> throw ProblemException.unprocessable("quotas-infeasible",
                    "No panel meets these quotas", String.join("; ", infeasible.reasons()),
                    infeasible.reasons().stream().map(reason -> new FieldError("quotas", reason)).toList());
            case DrawOutcome.GaveUp gaveUp -> throw ProblemException.unprocessable("draw-gave-up",
                    "The legacy draw found no panel", gaveUp.reason() + " Try the leximin algorithm.", List.of(new FieldError("algorithm", gaveUp.reason())));
        };
    }

    private DrawRecord record(int number, String kind, DrawOutcome.Drawn drawn, DrawRequest request, List<String> replaced, int poolSize) {
        List<DrawRecord.QuotaCount> quotas = new ArrayList<>();
        for (QuotaTally tally : drawn.quotaTallies()) {
            Quota quota = tally.quota();
            quotas.add(new DrawRecord.QuotaCount(quota.feature(), quota.featureValue().value(), quota.min(), quota.max(), tally.selected()));
        }
        return new DrawRecord(number, kind, drawn.audit().algorithm(), drawn.audit().algorithmVersion(), drawn.audit().seed().text(),
                drawn.audit().inputSha256(), request.panelSize(), poolSize, drawn.panel(), drawn.drawn(), replaced,
                drawn.probabilities(), drawn.minimumProbability(), quotas, clock.instant());
    }

    private static DrawRecord sameDrawOrConflict(DrawRecord existing, DrawRequest request) {
        if (existing.inputSha256().equals(PanelDraw.inputSha256(request))) {
            return existing;
        }
        throw ProblemException.conflict("already-drawn", "This panel was drawn at " + existing.drawnAt()
                + "; after withdrawals, draw replacements instead.");
    }

    /**
     * Outbox messages for those this draw chose, for the sign-ups still kept, but for those {@code state} already
     * holds: a retry writes only what a first attempt missed (none, most often, and then it looks up nobody).
     */
    private void tell(Trajectory trajectory, DrawRecord record, String kind, PanelStore.PanelState state,
                      Supplier<Map<String, SignUp>> byPseudonym) {
        List<String> untold = record.drawn().stream().filter(member -> !state.holds(record.number(), member)).toList();
        if (untold.isEmpty()) {
            return;
        }
        Map<String, SignUp> signUps = byPseudonym.get();
        Instant now = clock.instant();
        List<OutboxMessage> messages = new ArrayList<>();
        for (String member : untold) {
            SignUp signUp = signUps.get(member);
            if (signUp != null && signUp.person() != null) {
                String title = trajectory.content().title();
                PanelLetter letter = PanelLetter.of(kind, signUp.person().name(), title);
                messages.add(new OutboxMessage(record.number(), member, signUp.id(), kind, signUp.person().name(),
                        signUp.person().email(), title, letter.subject(), letter.text(), now, trajectories.retentionEnd(trajectory)));
            }
        }
        store.addToOutbox(trajectory.id(), messages);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
