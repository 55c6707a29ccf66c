package nl.stadmaken.participation.domain;

import java.time.Instant;

/**
 * A participation trajectory (participatietraject): one process in which residents can influence a decision.
 * Counts are kept on the trajectory so capacity can be enforced with one conditional write. {@code feedback} is null
 * until staff record that the participants got their feedback.
 */
public record Trajectory(
        String id,
        TrajectoryContent content,
        TrajectoryStatus status,
        SignUpCounts counts,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant closedAt,
        Feedback feedback) {

    public record SignUpCounts(int confirmed, int waitlisted, int withdrawn) {
        public static final SignUpCounts NONE = new SignUpCounts(0, 0, 0);
    }

    public static Trajectory draft(String id, TrajectoryContent content, Instant now) {
        return new Trajectory(id, content, TrajectoryStatus.DRAFT, SignUpCounts.NONE, now, now, null, null, null);
    }

    /** Residents can sign up while it is published and the sign-up window of its agreement holds {@code now}. */
    public boolean acceptsSignUps(Instant now) {
        Agreement agreement = content.agreement();
        return status == TrajectoryStatus.PUBLISHED
                && !now.isBefore(agreement.signUpOpens())
                && now.isBefore(agreement.signUpCloses());
    }

    /** Where the next sign-up goes: confirmed while places are free and nobody waits, else the waitlist. */
    public SignUpStatus placementOfNextSignUp() {
        Integer capacity = content.capacity();
        if (capacity == null || (counts.confirmed() < capacity && counts.waitlisted() == 0)) {
            return SignUpStatus.CONFIRMED;
        }
        return SignUpStatus.WAITLISTED;
    }

    public Integer placesLeft() {
        Integer capacity = content.capacity();
        return capacity == null ? null : Math.max(0, capacity - counts.confirmed());
    }
}
