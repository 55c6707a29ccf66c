package nl.stadmaken.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replays every sample event in {@code events/participation/} through the handler, in the order a session would. */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    /** Each case with the status it must give, in replay order. */
    static final Map<String, Integer> CASES = SampleEvents.cases(
            "staff-create-trajectory", 201,
            "staff-create-trajectory-invalid", 422,
            "staff-update-trajectory", 200,
            "staff-publish-trajectory", 200,
            "staff-get-trajectory", 200,
            "staff-list-trajectories", 200,
            "list-wijken", 200,
            "list-trajectories", 200,
            "list-trajectories-by-wijk", 200,
            "list-trajectories-bad-status", 422,
            "get-trajectory", 200,
            "get-trajectory-unknown", 404,
            "signup", 201,
            "signup-duplicate-email", 409,
            "signup-missing-consent", 422,
            "signup-malformed-json", 400,
            "signup-wrong-media-type", 415,
            "withdraw-invalid-token", 422,
            "withdraw-unknown-token", 404,
            "staff-list-signups", 200,
            "staff-export-signups", 200,
            "staff-route-without-token", 401,
            "staff-create-panel", 201,
            "staff-fix-panel-seed", 200,
            "staff-fix-panel-seed-invalid", 422,
            "staff-publish-panel", 200,
            "signup-panel", 201,
            "signup-panel-missing-feature", 422,
            "get-panel", 200,
            "get-panel-draw-unknown", 404,
            "staff-get-panel-draw-unknown", 404,
            "staff-panel-outbox", 200,
            "staff-panel-pool-not-drawn", 404,
            "staff-panel-quotas-not-drawn", 404,
            "staff-close-trajectory", 200,
            "signup-closed", 409,
            "staff-record-feedback", 200,
            "staff-record-feedback-invalid", 422);

    @Test
    void everySampleEventGivesItsStatus(TestTables tables) {
        SampleEvents events = SampleEvents.of("participation");
        assertThat(events.httpEventNames()).isEqualTo(CASES.keySet());

        events.replay(ParticipationFixture.handler(tables, ParticipationFixture.tickingClock()), "ParticipationFunction", CASES, Map.of());
    }
}
