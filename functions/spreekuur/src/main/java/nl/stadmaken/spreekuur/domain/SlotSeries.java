package nl.stadmaken.spreekuur.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Office hours every week on one weekday: slots of {@code slotLength} with {@code buffer} between them, inside a
 * wall-clock window in Amsterdam, from {@code firstDate} to {@code lastDate}. The window is local time, so a
 * Monday 09:00 series stays at 09:00 across the change to and from summer time; lengths and buffers are real time.
 */
public record SlotSeries(DayOfWeek weekday, LocalDate firstDate, LocalDate lastDate, LocalTime from, LocalTime until,
                         Duration slotLength, Duration buffer) {

    public static final int MAX_SLOTS = 500;

    public List<TimeRange> times() {
        List<TimeRange> times = new ArrayList<>();
        for (LocalDate day = firstDate.with(TemporalAdjusters.nextOrSame(weekday)); !day.isAfter(lastDate); day = day.plusWeeks(1)) {
            Instant start = day.atTime(from).atZone(CityTime.ZONE).toInstant();
            Instant windowEnd = day.atTime(until).atZone(CityTime.ZONE).toInstant();
            while (!start.plus(slotLength).isAfter(windowEnd)) {
                times.add(new TimeRange(start, start.plus(slotLength)));
                start = start.plus(slotLength).plus(buffer);
            }
        }
        return times;
    }
}
