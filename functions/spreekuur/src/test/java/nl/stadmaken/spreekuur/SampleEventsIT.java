package nl.stadmaken.spreekuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replays every sample event in {@code events/spreekuur/} through the handler, in the order a session would. */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    /** Each case with the status it must give, in replay order. */
    static final Map<String, Integer> CASES = SampleEvents.cases(
            "staff-save-host", 200,
            "staff-save-host-invalid", 422,
            "staff-list-hosts", 200,
            "list-hosts", 200,
            "staff-create-slot", 201,
            "staff-create-slot-dst-gap", 422,
            "staff-create-series", 201,
            "staff-create-series-invalid", 422,
            "list-slots", 200,
            "list-slots-bad-location", 422,
            "book", 201,
            "book-full", 409,
            "book-invalid", 422,
            "book-malformed-json", 400,
            "book-wrong-media-type", 415,
            "book-unknown-slot", 404,
            "staff-book-on-behalf", 201,
            "lookup-unknown-token", 404,
            "lookup-invalid-token", 422,
            "cancel-unknown-token", 404,
            "move-invalid-token", 422,
            "calendar-unknown-token", 404,
            "feed-unknown-token", 404,
            "staff-feed-token", 201,
            "staff-agenda", 200,
            "staff-agenda-missing-host", 422,
            "staff-outbox", 200,
            "staff-route-without-token", 401,
            "staff-cancel-slot", 200,
            "staff-cancel-unknown-slot", 404);

    @Test
    void everySampleEventGivesItsStatus(TestTables tables) {
        SampleEvents events = SampleEvents.of("spreekuur");
        assertThat(events.httpEventNames()).isEqualTo(CASES.keySet());

        events.replay(SpreekuurFixture.handler(tables, SpreekuurFixture.tickingClock(SpreekuurFixture.NOW)), "SpreekuurFunction", CASES, Map.of());
    }
}
