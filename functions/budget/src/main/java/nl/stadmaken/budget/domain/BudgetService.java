package nl.stadmaken.budget.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.stadmaken.budget.tally.ApprovalBallot;
import nl.stadmaken.budget.tally.BallotBox;
import nl.stadmaken.budget.tally.BudgetProject;
import nl.stadmaken.budget.tally.pabulib.PabulibFormatException;
import nl.stadmaken.budget.tally.pabulib.PabulibInstance;
import nl.stadmaken.budget.tally.pabulib.PabulibReader;
import nl.stadmaken.budget.tally.pabulib.PabulibWriter;
import nl.stadmaken.shared.ids.IdSource;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.Problem;
import nl.stadmaken.shared.problem.ProblemException;

/** Budget rounds: preparing them, voting with codes, counting and publishing. */
public final class BudgetService {

    public static final int MAX_CODES_PER_REQUEST = 5_000;
    static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);
    static final int ATTEMPTS_BEFORE_SLOWING = 4;
    static final int ATTEMPTS_BEFORE_REFUSING = 10;
    private static final int RECEIPT_LENGTH = 12;
    private static final String CODE_PURPOSE = "voting-code:";
    private static final String BATCH_PURPOSE = "voting-code-batch:";
    private static final int BATCH_ID_LENGTH = 26;

    private final BudgetStore store;
    private final Secrets secrets;
    private final IdSource ids;
    private final Clock clock;
    private final Pause pause;
    /** Proposals cannot change once a round opens, so an instance keeps them after the first read. */
    private final Map<String, Map<String, Proposal>> openProposals = new ConcurrentHashMap<>();
    /** Nor can an open round's rules and window; it only closes after its window, which the ballot write checks. */
    private final Map<String, Round> openRounds = new ConcurrentHashMap<>();

    public BudgetService(BudgetStore store, Secrets secrets, IdSource ids, Clock clock, Pause pause) {
        this.store = store;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.pause = pause;
    }

    /** How a failed code attempt is slowed; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void of(Duration duration);
    }

    public Round createRound(RoundForm form) {
        FieldCheck check = new FieldCheck();
        String id = check.pattern("id", form.id(), RoundForm.ID, "lower-case letters, digits and hyphens (3 to 64)", false);
        Round round = form.toRound(id != null ? id : ids.next().toLowerCase(Locale.ROOT), clock.instant(), check);
        check.throwIfAny();
        if (!store.createRound(round)) {
            throw ProblemException.conflict("round-exists", "A round with id " + round.id() + " exists.", List.of(new FieldError("id", "taken")));
        }
        return round;
    }

    public Round replaceRound(String id, RoundForm form) {
        Round existing = staffRound(id);
        FieldCheck check = new FieldCheck();
        check.check(form.id() == null || form.id().equals(id), "id", "must match the path or be left out");
        Round round = form.toRound(id, existing.createdAt(), check);
        check.throwIfAny();
        if (!store.replaceDraft(round)) {
            throw notDraft(id);
        }
        return round;
    }

    public Round staffRound(String id) {
        return store.findRound(id).orElseThrow(() -> ProblemException.notFound("No round " + id + "."));
    }

    public Round publicRound(String id) {
        return store.findRound(id).filter(round -> round.status() != RoundStatus.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("No round " + id + "."));
    }

    public List<Round> listRounds(String status, boolean staff) {
        FieldCheck check = new FieldCheck();
        RoundStatus parsed = check.choice("status", status, word -> parseStatus(word, staff), staff
                ? "draft, open, closed, published" : "open, closed, published", false);
        check.throwIfAny();
        return store.listRounds(parsed == null ? RoundStatus.OPEN : parsed);
    }

    public List<Proposal> proposals(Round round) {
        return store.proposals(round.id());
    }

    public Proposal addProposal(String roundId, ProposalForm form) {
        FieldCheck check = new FieldCheck();
        String id = check.pattern("id", form.id(), RoundForm.ID, "lower-case letters, digits and hyphens (3 to 64)", false);
        form.toProposal(id, roundId, check);
        check.throwIfAny();
        if (id != null && store.proposals(roundId).stream().anyMatch(p -> p.id().equals(id))) {
            throw ProblemException.conflict("proposal-exists", "Round " + roundId + " has a proposal " + id + ".",
                    List.of(new FieldError("id", "taken")));
        }
        return putProposal(roundId, id != null ? id : ids.next().toLowerCase(Locale.ROOT), form);
    }

    /** Every field is checked at once, the id against the path too, so one answer names all that is wrong. */
    public Proposal replaceProposal(String roundId, String proposalId, ProposalForm form) {
        FieldCheck check = new FieldCheck();
        check.check(form.id() == null || form.id().equals(proposalId), "id", "must match the path or be left out");
        form.toProposal(proposalId, roundId, check);
        check.throwIfAny();
        if (store.proposals(roundId).stream().noneMatch(p -> p.id().equals(proposalId))) {
            throw ProblemException.notFound("No proposal " + proposalId + " in round " + roundId + ".");
        }
        return putProposal(roundId, proposalId, form);
    }

    public void deleteProposal(String roundId, String proposalId) {
        staffRound(roundId);
        if (!store.deleteProposal(roundId, proposalId)) {
            throw notDraft(roundId);
        }
    }

    private Proposal putProposal(String roundId, String proposalId, ProposalForm form) {
        staffRound(roundId);
        FieldCheck check = new FieldCheck();
        Proposal proposal = form.toProposal(proposalId, roundId, check);
        check.throwIfAny();
        if (!store.putProposal(proposal)) {
            throw notDraft(roundId);
        }
        return proposal;
    }

    /** Opening fixes the proposals and the window; the ballot rules must be satisfiable by them. */
    public Round open(String id) {
        Round round = staffRound(id);
        if (round.status() == RoundStatus.OPEN) {
            return round;
        }
        if (round.status() != RoundStatus.DRAFT) {
            throw notDraft(id);
        }
        List<Proposal> proposals = store.proposals(id);
        List<FieldError> problems = new ArrayList<>();
        if (proposals.size() < 2) {
            problems.add(new FieldError("proposals", "a round needs at least two proposals"));
        }
        if (round.ballotKind() instanceof BallotKind.Approval approval && approval.min() > proposals.size()) {
            problems.add(new FieldError("minChoices", "more than the number of proposals"));
        }
        if (!round.closesAt().isAfter(clock.instant())) {
            problems.add(new FieldError("closesAt", "is already past"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("round-not-ready", "The round cannot open yet", "The round is not ready to open.", problems);
        }
        store.advance(id, RoundStatus.DRAFT, RoundStatus.OPEN, clock.instant());
        return staffRound(id);
    }

    /**
     * New codes, given once: the store keeps only their keyed hashes. With a {@code retryKey}, the same for every retry
     * of one request, the codes are derived from it with the secret key: a retry of a batch that failed half-way writes
     * the very same codes again (see {@link BudgetStore#addCodes}), and a retry of one that went through hands out the
     * same codes. Without one they are random.
     */
    public List<String> generateCodes(String roundId, Integer count, Optional<String> retryKey) {
        FieldCheck check = new FieldCheck();
        Integer checked = check.range("count", count, 1, MAX_CODES_PER_REQUEST, true);
        check.throwIfAny();
        Round round = staffRound(roundId);
        if (round.status() != RoundStatus.DRAFT && round.status() != RoundStatus.OPEN) {
            throw ProblemException.conflict("round-closed", "Codes can only be made before the round closes.");
        }
        List<String> codes = new ArrayList<>(checked);
        List<String> hashes = new ArrayList<>(checked);
        for (int i = 0; i < checked; i++) {
            int number = i;
            String code = secrets.tokenFor(CODE_PURPOSE + roundId, retryKey.map(key -> key + "#" + number), VotingCodes.LENGTH);
            codes.add(VotingCodes.grouped(code));
            hashes.add(codeHash(roundId, code));
        }
        String batch = secrets.tokenFor(BATCH_PURPOSE + roundId, retryKey, BATCH_ID_LENGTH);
        store.addCodes(roundId, batch, hashes, round.closesAt());
        return codes;
    }

    public record Receipt(String receipt, List<String> proposals) {
    }

    public Receipt castBallot(String roundId, String code, List<String> chosen, String source) {
        Round round = votingRound(roundId);
        Instant now = clock.instant();
        if (!round.acceptsBallots(now)) {
            throw ProblemException.conflict("voting-closed", "Voting in this round is not open now.");
        }
        List<FieldError> broken = BallotRules.check(round, proposalsOf(round), chosen);
        if (!broken.isEmpty()) {
            throw ProblemException.unprocessable("ballot-rules", "The ballot breaks a rule of this round", broken.get(0).message(), broken);
        }
        Optional<String> normalised = VotingCodes.normalise(code);
        Optional<String> receipt = normalised.flatMap(valid -> store.castBallot(roundId, codeHash(roundId, valid),
                new LinkedHashSet<>(chosen), secrets.newToken(RECEIPT_LENGTH), round.allowReplace(), now));
        if (receipt.isEmpty()) {
            throw refuseCode(source, now);
        }
        return new Receipt(receipt.get(), List.copyOf(new LinkedHashSet<>(chosen)));
    }

    public BudgetStore.StoredBallot lookupBallot(String roundId, String code, String source) {
        votingRound(roundId);
        Instant now = clock.instant();
        return VotingCodes.normalise(code)
                .flatMap(valid -> store.findBallot(roundId, codeHash(roundId, valid)))
                .orElseThrow(() -> refuseCode(source, now));
    }

    /** Closes when the voting window has passed and counts the ballots; again, it gives the same result. */
    public RoundResult close(String roundId) {
        Round round = staffRound(roundId);
        Instant now = clock.instant();
        if (round.status() == RoundStatus.DRAFT) {
            throw ProblemException.conflict("not-open", "The round never opened.");
        }
        if (round.status() == RoundStatus.OPEN) {
            if (now.isBefore(round.closesAt())) {
                throw ProblemException.conflict("voting-still-open", "Voting is open until " + round.closesAt() + "; the window is a promise.");
            }
            store.advance(roundId, RoundStatus.OPEN, RoundStatus.CLOSED, now);
        }
        return store.result(roundId).orElseGet(() -> {
            BudgetStore.Ballots ballots = store.ballots(roundId);
            RoundResult result = RoundTally.count(round, store.proposals(roundId), ballots.choices(), ballots.codesIssued(), now);
            store.saveResult(result);
            return result;
        });
    }

    /** For the schedule: closes and counts every open round whose window has passed. */
    public List<String> closeDueRounds() {
        List<String> due = dueRounds();
        due.forEach(this::close);
        return due;
    }

    /** The open rounds whose voting window has passed, which {@link #closeDueRounds} closes. */
    public List<String> dueRounds() {
        Instant now = clock.instant();
        List<String> due = new ArrayList<>();
        for (Round round : store.listRounds(RoundStatus.OPEN)) {
            if (!now.isBefore(round.closesAt())) {
                due.add(round.id());
            }
        }
        return due;
    }

    public Round publish(String roundId) {
        Round round = staffRound(roundId);
        if (round.status() == RoundStatus.PUBLISHED) {
            return round;
        }
        if (round.status() != RoundStatus.CLOSED) {
            throw ProblemException.conflict("not-closed", "Only a closed and counted round can be published.");
        }
        close(roundId);
        store.advance(roundId, RoundStatus.CLOSED, RoundStatus.PUBLISHED, clock.instant());
        return staffRound(roundId);
    }

    /** Residents see results only once published; staff once counted. Never while voting is open. */
    public RoundResult result(String roundId, boolean staff) {
        Round round = staff ? staffRound(roundId) : publicRound(roundId);
        boolean visible = staff ? round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.PUBLISHED
                : round.status() == RoundStatus.PUBLISHED;
        if (!visible) {
            throw ProblemException.notFound("The results of round " + roundId + " are not published.");
        }
        return store.result(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId + " is not counted yet."));
    }

    /** The receipts of all counted ballots, sorted, so residents can find theirs without seeing anyone's choice. */
    public List<String> receipts(String roundId) {
        result(roundId, false);
        return store.ballots(roundId).receipts().stream().sorted().toList();
    }

    /** The round as a Pabulib file, with anonymous voter numbers, once counted. */
    public String exportPabulib(String roundId) {
        Round round = staffRound(roundId);
        if (round.status() != RoundStatus.CLOSED && round.status() != RoundStatus.PUBLISHED) {
            throw ProblemException.conflict("not-closed", "A round can be exported once it is closed.");
        }
        List<Proposal> proposals = store.proposals(roundId);
        BallotBox box = new BallotBox(
                proposals.stream().map(p -> new BudgetProject(p.id(), BigDecimal.valueOf(p.costCents(), 2))).toList(),
                BigDecimal.valueOf(round.budgetCents(), 2),
                store.ballots(roundId).choices().stream().map(ApprovalBallot::new).toList());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", round.title());
        meta.put("country", "Netherlands");
        meta.put("unit", "Haarlem");
        if (round.area() != null) {
            meta.put("subunit", round.area());
        }
        meta.put("instance", round.id());
        meta.put("currency", "EUR");
        switch (round.ballotKind()) {
            case BallotKind.Approval approval -> {
                meta.put("vote_type", "approval");
                meta.put("min_length", Integer.toString(approval.min()));
                meta.put("max_length", Integer.toString(approval.max()));
            }
            case BallotKind.Knapsack knapsack -> {
                meta.put("vote_type", "approval");
                meta.put("max_sum_cost", BigDecimal.valueOf(round.budgetCents(), 2).toPlainString());
            }
        }
        meta.put("rule", round.tallyRule().word());
        Map<String, String> names = new LinkedHashMap<>();
        proposals.forEach(p -> names.put(p.id(), p.title()));
        return PabulibWriter.toText(PabulibInstance.of(box, meta, names));
    }

    public static final int MAX_IMPORTED_BALLOTS = 5_000;

    /**
     * Imports a Pabulib file as a closed round and counts it: for analysis, and for paper ballots counted elsewhere.
     * Larger files are for the command-line tally, which needs no storage.
     */
    public RoundResult importPabulib(ImportForm form) {
        FieldCheck check = new FieldCheck();
        String id = check.pattern("id", form.id(), RoundForm.ID, "lower-case letters, digits and hyphens (3 to 64)", true);
        TallyChoice rule = form.tallyRule() == null ? TallyChoice.EQUAL_SHARES
                : check.choice("tallyRule", form.tallyRule(), word -> TallyChoice.of(word).orElse(null), "greedy, equal-shares, equal-shares-greedy", true);
        String givenTitle = check.text("title", form.title(), 200, false);
        PabulibInstance instance = null;
        if (form.pb() == null || form.pb().isBlank()) {
            check.add("pb", "required: the text of a .pb file");
        } else {
            try {
                instance = PabulibReader.parse(form.pb());
            } catch (PabulibFormatException | IllegalArgumentException e) {
                check.add("pb", e.getMessage());
            }
        }
        check.throwIfAny();
        if (instance.votes().size() > MAX_IMPORTED_BALLOTS) {
            throw ProblemException.validation("pb", "more than " + MAX_IMPORTED_BALLOTS + " ballots; recompute such a file with the command-line tally");
        }
        Instant now = clock.instant();
        long budget = cents(instance.budget(), "pb");
        int projects = instance.projects().size();
        BallotKind kind = new BallotKind.Approval(
                (int) Math.max(1, parseCount(instance.meta().get("min_length"), 1)),
                (int) Math.min(projects, parseCount(instance.meta().get("max_length"), projects)));
        // Without a title the file's description names the round, if it would pass as a title; else the id does.
        String described = new FieldCheck().text("title", instance.meta().get("description"), 200, false);
        String title = givenTitle != null ? givenTitle : described != null ? described : id;
        Round round = new Round(id, title, instance.meta().get("subunit"), budget, kind, now, now, rule, false, RoundStatus.CLOSED, now);
        List<Proposal> proposals = instance.projects().stream()
                .map(p -> new Proposal(p.id(), id, p.attributes().getOrDefault("name", p.id()), null, cents(p.cost(), "pb"), null, null))
                .toList();
        List<Set<String>> ballots = instance.votes().stream().map(v -> (Set<String>) new LinkedHashSet<>(v.vote())).toList();
        List<String> receipts = ballots.stream().map(ballot -> secrets.newToken(RECEIPT_LENGTH)).toList();
        if (!store.importRound(round, proposals, ballots, receipts)) {
            throw ProblemException.conflict("round-exists", "A round with id " + id + " exists.", List.of(new FieldError("id", "taken")));
        }
        return close(id);
    }

    public record ImportForm(String id, String title, String tallyRule, String pb) {
    }

    private static long cents(BigDecimal amount, String field) {
        try {
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw ProblemException.validation(field, "amounts must be whole euro cents: " + amount.toPlainString());
        }
    }

    private static long parseCount(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The round as voters meet it; an open one is read once per instance. */
    private Round votingRound(String roundId) {
        Round cached = openRounds.get(roundId);
        if (cached != null) {
            return cached;
        }
        Round round = publicRound(roundId);
        if (round.status() == RoundStatus.OPEN) {
            openRounds.put(roundId, round);
        }
        return round;
    }

    private Map<String, Proposal> proposalsOf(Round round) {
        return openProposals.computeIfAbsent(round.id(), id -> {
            Map<String, Proposal> byId = new LinkedHashMap<>();
            store.proposals(id).forEach(p -> byId.put(p.id(), p));
            return byId;
        });
    }

    /**
     * Counts a refused code against its source (a keyed hash of the address, per quarter hour) and answers it: the
     * same 403 for an unknown, mistyped or used-up code, slower after a few, and 429 with Retry-After after ten. Only
     * refusals are counted and only then is the count touched, so a good code costs its one write and is never
     * refused for others' mistakes behind the same address (a library, a mobile network); guessing is what slows.
     */
    private ProblemException refuseCode(String source, Instant now) {
        String sourceKey = secrets.hash("code-attempts", source == null ? "" : source);
        long failures = store.recordFailure(sourceKey, window(now), now.plus(ATTEMPT_WINDOW.multipliedBy(2)));
        if (failures > ATTEMPTS_BEFORE_REFUSING) {
            return ProblemException.tooManyRequests("Too many wrong codes; try again later.", secondsLeftInWindow(now));
        }
        if (failures > ATTEMPTS_BEFORE_SLOWING) {
            pause.of(Duration.ofMillis(250L * (failures - ATTEMPTS_BEFORE_SLOWING)));
        }
        // The same answer for an unknown, mistyped or used-up code: it tells a guesser nothing.
        return new ProblemException(Problem.of(403, "invalid-code", "This code cannot be used",
                "The code is not valid for this round, or it has been used.", List.of(new FieldError("code", "not usable"))));
    }

    private String codeHash(String roundId, String normalisedCode) {
        return secrets.hash(CODE_PURPOSE + roundId, normalisedCode);
    }

    private static long window(Instant now) {
        return now.getEpochSecond() / ATTEMPT_WINDOW.toSeconds();
    }

    private static long secondsLeftInWindow(Instant now) {
        long length = ATTEMPT_WINDOW.toSeconds();
        return length - now.getEpochSecond() % length;
    }

    private static RoundStatus parseStatus(String word, boolean staff) {
        try {
            RoundStatus status = RoundStatus.valueOf(word.toUpperCase(Locale.ROOT));
            return staff || status != RoundStatus.DRAFT ? status : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException notDraft(String id) {
        return ProblemException.conflict("not-a-draft", "Round " + id + " is no longer a draft; its rules and proposals are fixed.");
    }
}
