package nl.stadmaken.participation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where trajectories and sign-ups are kept. Every change that must not race is one conditional write. */
public interface TrajectoryStore {

    /** False when the id is taken. */
    boolean create(Trajectory trajectory);

    Optional<Trajectory> find(String id);

    /** In a stable order; {@code wijk} null for every wijk. */
    List<Trajectory> list(TrajectoryStatus status, String wijk);

    /** False when the trajectory is missing or no longer a draft. */
    boolean replaceDraft(String id, TrajectoryContent content, Instant now);

    /** False when the trajectory is missing or not in {@code from}. */
    boolean advance(String id, TrajectoryStatus from, TrajectoryStatus to, Instant now);

    /** Records the feedback once; false when the trajectory is missing, a draft, or has its feedback recorded already. */
    boolean recordFeedback(String id, Feedback feedback);

    /** Stores the sign-up and counts it on the trajectory in one transaction. */
    Placement place(NewSignUp signUp, Instant now);

    Optional<StoredSignUp> findSignUp(String trajectoryId, String signUpId);

    /** The sign-up that holds the email address (by its keyed hash) in the trajectory, if any. */
    Optional<StoredSignUp> emailHolder(String trajectoryId, String emailKey);

    /** The longest-waiting sign-up on the waitlist, if any. */
    Optional<String> firstWaitlisted(String trajectoryId);

    /**
     * Withdraws the sign-up, erases its personal data and, when a confirmed place frees up, confirms
     * {@code promote} in the same transaction. False when something changed meanwhile (try again).
     */
    boolean withdraw(StoredSignUp signUp, Optional<String> promote, Instant now);

    List<SignUp> signUps(String trajectoryId);

    enum Placement { PLACED, EMAIL_TAKEN, STATE_CHANGED }

    record NewSignUp(String trajectoryId, String signUpId, SignUpStatus status, Applicant applicant,
                     String tokenHash, String emailKey, String householdKey, Instant expiresAt) {
    }

    record StoredSignUp(String trajectoryId, String signUpId, SignUpStatus status, String tokenHash, String emailKey) {
    }
}
