package nl.stadmaken.spreekuur.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.stadmaken.shared.problem.FieldCheck;

/** A weekly series as staff send it. */
public record SlotSeriesForm(String host, String weekday, String from, String until, Integer slotMinutes,
                             Integer bufferMinutes, String firstDate, String lastDate, String location, String address,
                             String wijk, Integer capacity, Integer minNoticeHours, Integer maxDaysAhead) {

    public record Plan(String hostId, SlotSeries series, SlotTerms terms) {

        public List<Slot> slots() {
            return series.times().stream().map(time -> Slot.open(hostId, time, terms)).toList();
        }
    }

    public Plan toPlan(FieldCheck check) {
        String hostId = check.pattern("host", host, HostForm.ID, "a host id", true);
        DayOfWeek day = check.choice("weekday", weekday, SlotSeriesForm::weekday,
                Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")), true);
        LocalTime start = SlotForm.time("from", from, check);
        LocalTime end = SlotForm.time("until", until, check);
        Integer length = check.range("slotMinutes", slotMinutes, SlotForm.MIN_MINUTES, SlotForm.MAX_MINUTES, true);
        Integer buffer = check.range("bufferMinutes", bufferMinutes == null ? 0 : bufferMinutes, 0, 120, true);
        LocalDate first = check.date("firstDate", firstDate, true);
        LocalDate last = check.date("lastDate", lastDate, true);
        SlotTerms terms = SlotTerms.check(location, address, wijk, capacity, minNoticeHours, maxDaysAhead, check);
        if (start != null && end != null) {
            check.check(start.isBefore(end), "until", "must be after from");
        }
        if (first != null && last != null) {
            check.check(!last.isBefore(first), "lastDate", "must not be before firstDate");
            check.check(ChronoUnit.DAYS.between(first, last) <= 366, "lastDate", "at most 366 days after firstDate");
        }
        if (check.hasErrors()) {
            return null;
        }
        SlotSeries series = new SlotSeries(day, first, last, start, end, Duration.ofMinutes(length), Duration.ofMinutes(buffer));
        int count = series.times().size();
        check.check(count > 0, "slotMinutes", "no slot fits between from and until on any " + weekday + " in the range");
        check.check(count <= SlotSeries.MAX_SLOTS, "lastDate", "the series would have " + count + " slots; at most "
                + SlotSeries.MAX_SLOTS);
        return new Plan(hostId, series, terms);
    }

    private static DayOfWeek weekday(String word) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().toLowerCase(Locale.ROOT).equals(word)).findFirst().orElse(null);
    }
}
