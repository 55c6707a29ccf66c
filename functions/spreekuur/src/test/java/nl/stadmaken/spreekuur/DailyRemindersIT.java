package nl.stadmaken.spreekuur;

import static nl.stadmaken.spreekuur.SpreekuurFixture.booking;
import static nl.stadmaken.spreekuur.SpreekuurFixture.expect;
import static nl.stadmaken.spreekuur.SpreekuurFixture.host;
import static nl.stadmaken.spreekuur.SpreekuurFixture.slot;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DailyRemindersIT {

    /** The daily rule's event, as EventBridge sends it; the job reads nothing of it. */
    private static final String SCHEDULED_EVENT = SampleEvents.of("spreekuur").read("schedule-reminders");
    private static final Instant EVENING_BEFORE = Instant.parse("2027-03-28T15:00:00Z");

    private final TestTables tables;

    DailyRemindersIT(TestTables tables) {
        this.tables = tables;
    }

    @Test
    void remindsEveryActiveBookingOfTomorrowOnceEvenWhenRunTwice() {
        HandlerClient client = SpreekuurFixture.client(tables);
        host(client, "morgen");
        String tomorrow = slot(client, "morgen", "2027-03-29", "09:00", 3);
        String later = slot(client, "morgen", "2027-03-30", "09:00", 1);
        expect(client.post("/spreekuur/slots/" + tomorrow + "/bookings", booking("Anna", "anna@example.nl"), RESIDENT), 201);
        String cancelled = expect(client.post("/spreekuur/slots/" + tomorrow + "/bookings", booking("Bob", "bob@example.nl"), RESIDENT), 201)
                .path("manageToken").asText();
        expect(client.post("/spreekuur/bookings/cancel", SpreekuurFixture.token(cancelled), RESIDENT), 200);
        expect(client.post("/spreekuur/slots/" + later + "/bookings", booking("Cor", "cor@example.nl"), RESIDENT), 201);
        DailyReminders job = new DailyReminders(tables.environmentOf("SpreekuurRemindersFunction"), tables.client(),
                SpreekuurFixture.tickingClock(EVENING_BEFORE));

        JsonNode first = run(job);
        JsonNode second = run(job);

        assertThat(first.path("queued").asInt()).isEqualTo(1);
        assertThat(second.path("queued").asInt()).isZero();
        HandlerClient evening = SpreekuurFixture.client(tables, SpreekuurFixture.tickingClock(EVENING_BEFORE));
        JsonNode notices = expect(evening.get("/staff/spreekuur/outbox?date=2027-03-28", STAFF), 200).path("notices");
        List<String> reminded = notices.findValuesAsText("email");
        assertThat(notices.findValuesAsText("kind")).containsOnly("reminder");
        assertThat(reminded).containsExactly("anna@example.nl");
        assertThat(notices.get(0).path("calendar").asText()).contains("METHOD:REQUEST", "DTSTART;TZID=Europe/Amsterdam:20270329T090000");
    }

    @Test
    void snapStartPrimingReadsTomorrowsBookingsAndQueuesNothing() {
        HandlerClient client = SpreekuurFixture.client(tables);
        host(client, "oefen");
        // A day of its own, so the other test's reminders and these do not meet.
        Instant eveningBefore = Instant.parse("2027-04-04T15:00:00Z");
        String tomorrow = slot(client, "oefen", "2027-04-05", "10:00", 1);
        expect(client.post("/spreekuur/slots/" + tomorrow + "/bookings", booking("Dirk", "dirk@example.nl"), RESIDENT), 201);
        RequestCounter counter = new RequestCounter();
        DailyReminders job = new DailyReminders(tables.environmentOf("SpreekuurRemindersFunction"), tables.countingClient(counter),
                SpreekuurFixture.tickingClock(eveningBefore));
        HandlerClient evening = SpreekuurFixture.client(tables, SpreekuurFixture.tickingClock(eveningBefore));

        job.priming().rehearse();

        assertThat(counter.operations()).as("tomorrow's bookings read").isNotEmpty();
        assertThat(counter.writes()).isEmpty();
        assertThat(expect(evening.get("/staff/spreekuur/outbox?date=2027-04-04", STAFF), 200).path("notices")
                .findValuesAsText("email")).doesNotContain("dirk@example.nl");
        run(job);
        assertThat(expect(evening.get("/staff/spreekuur/outbox?date=2027-04-04", STAFF), 200).path("notices")
                .findValuesAsText("email")).contains("dirk@example.nl");
    }

    /** Invokes the job with a scheduled event, as EventBridge would. */
    private static JsonNode run(DailyReminders job) {
        try {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            job.handleRequest(new ByteArrayInputStream(SCHEDULED_EVENT.getBytes(StandardCharsets.UTF_8)), output, null);
            return JsonTrees.read(output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
