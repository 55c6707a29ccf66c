package nl.stadmaken.spreekuur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.stadmaken.shared.problem.FieldCheck;
import org.junit.jupiter.api.Test;

class SlotSeriesTest {

    @Test
    void mondayNineOClockIsEightUtcBeforeSummerTimeAndSevenAfter() {
        SlotSeries series = new SlotSeries(DayOfWeek.MONDAY, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5),
                LocalTime.of(9, 0), LocalTime.of(9, 30), Duration.ofMinutes(30), Duration.ZERO);

        List<Instant> starts = series.times().stream().map(TimeRange::start).toList();

        assertThat(starts).containsExactly(Instant.parse("2027-03-22T08:00:00Z"), Instant.parse("2027-03-29T07:00:00Z"),
                Instant.parse("2027-04-05T07:00:00Z"));
    }

    @Test
    void sundayAfternoonSeriesStaysAtItsTimeOnTheLastSundayOfOctober() {
        SlotSeries series = new SlotSeries(DayOfWeek.SUNDAY, LocalDate.of(2027, 10, 24), LocalDate.of(2027, 10, 31),
                LocalTime.of(14, 0), LocalTime.of(15, 0), Duration.ofMinutes(25), Duration.ofMinutes(5));

        List<Instant> starts = series.times().stream().map(TimeRange::start).toList();

        assertThat(starts).containsExactly(Instant.parse("2027-10-24T12:00:00Z"), Instant.parse("2027-10-24T12:30:00Z"),
                Instant.parse("2027-10-31T13:00:00Z"), Instant.parse("2027-10-31T13:30:00Z"));
    }

    @Test
    void aStartInTheSkippedHourIsRefusedNamingTheField() {
        FieldCheck check = new FieldCheck();

        new SlotForm("wethouder", "2027-03-28", "02:30", 20, "online", null, null, null, null, null).toSlot(check);

        assertThat(check.hasErrors()).isTrue();
    }

    @Test
    void aBlankDateIsRequiredNotTakenForNone() {
        FieldCheck slotCheck = new FieldCheck();
        FieldCheck seriesCheck = new FieldCheck();

        Slot slot = new SlotForm("wethouder", " \t ", "10:00", 20, "online", null, null, null, null, null).toSlot(slotCheck);
        new SlotSeriesForm("wethouder", "monday", "09:00", "12:00", 20, 0, " ", "", "online", null, null, null, null, null)
                .toPlan(seriesCheck);

        assertThat(slot).isNull();
        assertThat(slotCheck.hasErrors()).as("a slot without a date is refused, not built").isTrue();
        assertThat(seriesCheck.hasErrors()).isTrue();
    }
}
