package nl.stadmaken.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import nl.stadmaken.shared.ids.IdSource;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;

/** Trajectories and sign-ups: the rules, with storage behind {@link TrajectoryStore}. */
public final class ParticipationService {

    private static final String WITHDRAWAL = "withdrawal";
    private static final String EMAIL = "signup-email";
    private static final String HOUSEHOLD = "signup-household";
    private static final int SECRET_LENGTH = 32;
    private static final int ATTEMPTS = 30;

    private final TrajectoryStore store;
    private final Wijken wijken;
    private final Secrets secrets;
    private final IdSource ids;
    private final Clock clock;
    private final int retentionDaysAfterFeedback;

    public ParticipationService(TrajectoryStore store, Wijken wijken, Secrets secrets, IdSource ids, Clock clock,
                                int retentionDaysAfterFeedback) {
        this.store = store;
        this.wijken = wijken;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.retentionDaysAfterFeedback = retentionDaysAfterFeedback;
    }

    public Wijken wijken() {
        return wijken;
    }

    public Trajectory create(TrajectoryForm form) {
        FieldCheck check = new FieldCheck();
        String id = form.checkedId(check);
        TrajectoryContent content = form.toContent(wijken, check);
        check.throwIfAny();
        Trajectory trajectory = Trajectory.draft(id != null ? id : ids.next().toLowerCase(Locale.ROOT), content, clock.instant());
        if (!store.create(trajectory)) {
            throw ProblemException.conflict("trajectory-exists", "A trajectory with id " + trajectory.id() + " exists.",
                    List.of(new FieldError("id", "taken")));
        }
        return trajectory;
    }

    /** Staff may rewrite a trajectory only while it is a draft: a published agreement is a promise. */
    public Trajectory replace(String id, TrajectoryForm form) {
        FieldCheck check = new FieldCheck();
        check.check(form.id() == null || form.id().equals(id), "id", "must match the path or be left out");
        TrajectoryContent content = form.toContent(wijken, check);
        check.throwIfAny();
        if (!store.replaceDraft(id, content, clock.instant())) {
            Trajectory existing = staffGet(id);
            throw ProblemException.conflict("not-a-draft", "Trajectory " + id + " is " + existing.status()
                    + "; only drafts can be changed.");
        }
        return staffGet(id);
    }

    public Trajectory publish(String id) {
        Trajectory trajectory = staffGet(id);
        if (trajectory.status() == TrajectoryStatus.PUBLISHED) {
            return trajectory;
        }
        if (trajectory.status() != TrajectoryStatus.DRAFT) {
            throw ProblemException.conflict("not-a-draft", "Trajectory " + id + " is " + trajectory.status() + ".");
        }
        List<FieldError> missing = trajectory.content().agreement().missingParts();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("agreement-incomplete", "The participation agreement is incomplete",
                    missing.size() + " parts of the participation agreement are missing.", missing);
        }
        if (!store.advance(id, TrajectoryStatus.DRAFT, TrajectoryStatus.PUBLISHED, clock.instant())) {
            return publish(id);
        }
        return staffGet(id);
    }

    public Trajectory close(String id) {
        Trajectory trajectory = staffGet(id);
        if (trajectory.status() == TrajectoryStatus.CLOSED) {
            return trajectory;
        }
        if (trajectory.status() != TrajectoryStatus.PUBLISHED) {
            throw ProblemException.conflict("not-published", "Only a published trajectory can be closed.");
        }
        store.advance(id, TrajectoryStatus.PUBLISHED, TrajectoryStatus.CLOSED, clock.instant());
        return staffGet(id);
    }

    /**
     * Records that the participants got their feedback. A record stands once made, because the indicators weigh it
     * against the promised date; sending the same record again answers the same.
     */
    public Trajectory recordFeedback(String id, FeedbackForm form) {
        Trajectory trajectory = staffGet(id);
        if (trajectory.status() == TrajectoryStatus.DRAFT) {
            throw ProblemException.conflict("not-published", "Trajectory " + id + " is a draft; feedback follows publication.");
        }
        FieldCheck check = new FieldCheck();
        Feedback feedback = form.toFeedback(trajectory, clock.instant(), check);
        check.throwIfAny();
        if (trajectory.feedback() == null && store.recordFeedback(id, feedback)) {
            return staffGet(id);
        }
        Trajectory recorded = staffGet(id);
        if (recorded.feedback() != null && recorded.feedback().sameAs(feedback)) {
            return recorded;
        }
        throw ProblemException.conflict("feedback-recorded", "Feedback for " + id + " was recorded as given on "
                + recorded.feedback().givenOn() + "; a record does not change.", List.of(new FieldError("givenOn", "recorded already")));
    }

    public Trajectory staffGet(String id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("No trajectory " + id + "."));
    }

    /** Residents see published and closed trajectories; a draft does not exist for them. */
    public Trajectory publicGet(String id) {
        return store.find(id).filter(t -> t.status() != TrajectoryStatus.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("No trajectory " + id + "."));
    }

    public List<Trajectory> list(String status, String wijk, boolean staff) {
        FieldCheck check = new FieldCheck();
        TrajectoryStatus parsed = check.choice("status", status,
                word -> Choice.parse(TrajectoryStatus.class, word).filter(s -> staff || s != TrajectoryStatus.DRAFT).orElse(null),
                staff ? "draft, published, closed" : "published, closed", false);
        String checkedWijk = check.choice("wijk", wijk, code -> wijken.find(code).map(Wijk::code).orElse(null),
                "a CBS wijk code from GET /wijken", false);
        check.throwIfAny();
        return store.list(parsed == null ? TrajectoryStatus.PUBLISHED : parsed, checkedWijk);
    }

    /**
     * Signs up, or, when this very request signed up before (same {@code retryKey}, see
     * {@link Secrets#tokenFor}) and its answer was lost, answers that sign-up again with the same token.
     */
    public SignUpReceipt signUp(String trajectoryId, SignUpForm form, Optional<String> retryKey) {
        FieldCheck check = new FieldCheck();
        Trajectory trajectory = publicGet(trajectoryId);
        Applicant applicant = form.toApplicant(wijken, trajectory.content().panel(), check);
        check.throwIfAny();
        String householdKey = applicant.address() == null ? null : secrets.hash(HOUSEHOLD, trajectoryId + "\n" + applicant.address());
        String emailKey = secrets.hash(EMAIL, trajectoryId + "\n" + applicant.email());
        String secret = secrets.tokenFor(WITHDRAWAL, retryKey, SECRET_LENGTH);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                trajectory = publicGet(trajectoryId);
            }
            Instant now = clock.instant();
            if (!trajectory.acceptsSignUps(now)) {
                throw ProblemException.conflict("signups-closed", "Sign-up for this trajectory is not open now.");
            }
            SignUpStatus placement = trajectory.placementOfNextSignUp();
            String signUpId = ids.next();
            var signUp = new TrajectoryStore.NewSignUp(trajectoryId, signUpId, placement, applicant,
                    secrets.hash(WITHDRAWAL, secret), emailKey, householdKey, retentionEnd(trajectory));
            switch (store.place(signUp, now)) {
                case PLACED -> {
                    return new SignUpReceipt(signUpId, trajectoryId, placement,
                            new WithdrawalToken(trajectoryId, signUpId, secret).text());
                }
                case EMAIL_TAKEN -> {
                    return earlierAttempt(trajectoryId, emailKey, secret, retryKey).orElseThrow(() -> ProblemException.conflict("duplicate-signup",
                            "This email address is already signed up for this trajectory.", List.of(new FieldError("email", "already signed up"))));
                }
                case STATE_CHANGED -> pause(attempt);
            }
        }
        throw ProblemException.unavailable("Many people are signing up right now; please try again.", 1);
    }

    /**
     * The sign-up that holds the email address, if this request made it: its secret was derived from the same retry
     * key, so its stored hash matches. Without a retry key the secret was random, and nothing else can match it.
     */
    private Optional<SignUpReceipt> earlierAttempt(String trajectoryId, String emailKey, String secret, Optional<String> retryKey) {
        if (retryKey.isEmpty()) {
            return Optional.empty();
        }
        return store.emailHolder(trajectoryId, emailKey)
                .filter(held -> secrets.matches(WITHDRAWAL, secret, held.tokenHash()))
                .map(held -> new SignUpReceipt(held.signUpId(), trajectoryId, held.status(),
                        new WithdrawalToken(trajectoryId, held.signUpId(), secret).text()));
    }

    public record SignUpReceipt(String signUpId, String trajectoryId, SignUpStatus status, String withdrawalToken) {
    }

    /** Withdrawing twice with the same token answers the same; an unknown or wrong token is simply not found. */
    public SignUpStatus withdraw(String token) {
        WithdrawalToken parsed = WithdrawalToken.parse(token)
                .orElseThrow(() -> ProblemException.validation("token", "not a withdrawal token"));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            TrajectoryStore.StoredSignUp signUp = store.findSignUp(parsed.trajectoryId(), parsed.signUpId())
                    .filter(found -> secrets.matches(WITHDRAWAL, parsed.secret(), found.tokenHash()))
                    .orElseThrow(() -> ProblemException.notFound("No sign-up for this token."));
            if (signUp.status() == SignUpStatus.WITHDRAWN) {
                return SignUpStatus.WITHDRAWN;
            }
            Optional<String> promote = signUp.status() == SignUpStatus.CONFIRMED
                    ? store.firstWaitlisted(signUp.trajectoryId()) : Optional.empty();
            if (store.withdraw(signUp, promote, clock.instant())) {
                return SignUpStatus.WITHDRAWN;
            }
            pause(attempt);
        }
        throw ProblemException.unavailable("Many changes are happening right now; please try again.", 1);
    }

    public List<SignUp> signUps(String trajectoryId) {
        return signUps(staffGet(trajectoryId));
    }

    /** For a caller that has found the trajectory already. */
    public List<SignUp> signUps(Trajectory trajectory) {
        return store.signUps(trajectory.id());
    }

    /** Personal data is kept until the feedback date plus the retention period, to the end of that day. */
    public Instant retentionEnd(Trajectory trajectory) {
        return trajectory.content().agreement().feedbackDate()
                .plusDays(retentionDaysAfterFeedback + 1L)
                .atTime(LocalTime.MIDNIGHT)
                .atZone(CityTime.ZONE)
                .toInstant();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 10) * 5L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted; please try again.", 1);
        }
    }
}
