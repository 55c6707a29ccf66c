package nl.stadmaken.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static Trajectory with(TrajectoryStatus status, Integer capacity, int confirmed, int waitlisted) {
        TrajectoryContent content = new TrajectoryContent("Speelplek", null, null, Choice.Kind.TRAJECTORY, capacity, AgreementTest.complete(), null);
        return new Trajectory("speelplek", content, status, new Trajectory.SignUpCounts(confirmed, waitlisted, 0),
                Instant.EPOCH, Instant.EPOCH, null, null, null);
    }

    @Test
    void acceptsSignUpsOnlyWhilePublishedAndInsideTheWindow() {
        Instant opens = Instant.parse("2027-02-01T08:00:00Z");
        Instant closes = Instant.parse("2027-04-01T15:00:00Z");

        assertThat(with(TrajectoryStatus.PUBLISHED, null, 0, 0).acceptsSignUps(opens)).isTrue();
        assertThat(with(TrajectoryStatus.PUBLISHED, null, 0, 0).acceptsSignUps(opens.minusMillis(1))).isFalse();
        assertThat(with(TrajectoryStatus.PUBLISHED, null, 0, 0).acceptsSignUps(closes)).isFalse();
        assertThat(with(TrajectoryStatus.DRAFT, null, 0, 0).acceptsSignUps(opens.plusSeconds(1))).isFalse();
        assertThat(with(TrajectoryStatus.CLOSED, null, 0, 0).acceptsSignUps(opens.plusSeconds(1))).isFalse();
    }

    @Test
    void nobodyJumpsTheWaitlist() {
        assertThat(with(TrajectoryStatus.PUBLISHED, null, 500, 0).placementOfNextSignUp()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(with(TrajectoryStatus.PUBLISHED, 10, 9, 0).placementOfNextSignUp()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(with(TrajectoryStatus.PUBLISHED, 10, 10, 0).placementOfNextSignUp()).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(with(TrajectoryStatus.PUBLISHED, 10, 9, 1).placementOfNextSignUp()).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(with(TrajectoryStatus.PUBLISHED, 10, 12, 0).placesLeft()).isZero();
    }
}
