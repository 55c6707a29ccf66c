package nl.stadmaken.spreekuur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;

/** Every calendar we write must be read by a real iCalendar parser, with the right instants around summer time. */
class SpreekuurCalendarTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private final SpreekuurCalendar calendar = new SpreekuurCalendar("spreekuur@haarlem.nl", "spreekuur.test");
    private final Host host = new Host("wethouder-de-vries", "Wethouder De Vries; wonen, groen", Role.WETHOUDER, List.of("wonen"), null);

    @Test
    void bookingsAroundTheLastSundaysOfMarchAndOctoberHaveTheRightInstants() throws Exception {
        for (var local : List.of(
                new Object[] {LocalDate.of(2027, 3, 27), "2027-03-27T09:00:00Z"},
                new Object[] {LocalDate.of(2027, 3, 28), "2027-03-28T08:00:00Z"},
                new Object[] {LocalDate.of(2027, 3, 29), "2027-03-29T08:00:00Z"},
                new Object[] {LocalDate.of(2027, 10, 30), "2027-10-30T08:00:00Z"},
                new Object[] {LocalDate.of(2027, 10, 31), "2027-10-31T09:00:00Z"},
                new Object[] {LocalDate.of(2027, 11, 1), "2027-11-01T09:00:00Z"})) {
            Instant start = CityTime.at((LocalDate) local[0], LocalTime.of(10, 0)).orElseThrow();
            Booking booking = booking(start, BookingStatus.BOOKED, 2);

            Calendar parsed = parse(calendar.request(booking, slot(start), host, NOW));

            VEvent event = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
            Temporal date = event.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate();
            assertThat(Instant.from(date)).as(local[0].toString()).isEqualTo(Instant.parse((String) local[1]));
            assertThat(parsed.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("01HZZZZZZZZZZZZZZZZZZZZZZZ@spreekuur.test");
        }
    }

    @Test
    void theHandWrittenTimeZoneCarriesAmsterdamsSummerAndWinterRules() throws Exception {
        Instant start = Instant.parse("2027-03-29T08:00:00Z");
        VTimeZone zone = parse(calendar.request(booking(start, BookingStatus.BOOKED, 0), slot(start), host, NOW))
                .<VTimeZone>getComponent("VTIMEZONE").orElseThrow();

        assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
        var observances = zone.getObservances();
        assertThat(observances).hasSize(2);
        var summer = observances.stream().filter(o -> o.getName().equals("DAYLIGHT")).findFirst().orElseThrow();
        var winter = observances.stream().filter(o -> o.getName().equals("STANDARD")).findFirst().orElseThrow();
        assertThat(summer.<TzOffsetTo>getProperty("TZOFFSETTO").orElseThrow().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(summer.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        assertThat(winter.<TzOffsetTo>getProperty("TZOFFSETTO").orElseThrow().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(winter.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    }

    @Test
    void aCancellationKeepsTheUidRaisesTheSequenceAndSaysCancel() throws Exception {
        Instant start = Instant.parse("2027-10-31T09:00:00Z");

        Calendar parsed = parse(calendar.cancel(booking(start, BookingStatus.CANCELLED, 3), slot(start), host, NOW));

        VEvent event = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(parsed.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
    }

    @Test
    void linesEndInCrlfAreFoldedAt75OctetsAndTextIsEscaped() throws Exception {
        Instant start = Instant.parse("2027-03-29T08:00:00Z");
        Booking booking = booking(start, BookingStatus.BOOKED, 0);
        String ics = calendar.feed(host, List.of(new SpreekuurCalendar.Entry(booking, slot(start))), NOW);

        assertThat(ics).doesNotContain("\r\r").contains("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        VEvent event = parse(ics).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo("Onderwerp: Bomen, bankjes; en een lange uitleg over het plein bij de Grote Markt – met één ü\nTolk: Turks");
        assertThat(parse(ics).getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Spreekuur Wethouder De Vries; wonen, groen");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Slot slot(Instant start) {
        return new Slot("wethouder-de-vries-x", "wethouder-de-vries", new TimeRange(start, start.plusSeconds(1200)),
                new SlotTerms(new Place(LocationKind.STADHUIS, "Grote Markt 2, Haarlem", null), 1, BookingWindow.DEFAULT), 0, SlotStatus.OPEN);
    }

    private static Booking booking(Instant start, BookingStatus status, int sequence) {
        Resident resident = new Resident("Sanne \"de\" Boer", "sanne@example.nl", null,
                "Bomen, bankjes; en een lange uitleg over het plein bij de Grote Markt – met één ü", "WK039201", null, "Turks");
        return new Booking("01HZZZZZZZZZZZZZZZZZZZZZZZ", "wethouder-de-vries-x", "wethouder-de-vries",
                new TimeRange(start, start.plusSeconds(1200)), status, sequence, false, null, resident, "hash", null, NOW, NOW, NOW);
    }
}
