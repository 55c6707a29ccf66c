package nl.stadmaken.spreekuur.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import nl.stadmaken.shared.problem.FieldCheck;

/** One slot as staff send it: a local date and start time in Amsterdam and a length in minutes. */
public record SlotForm(String host, String date, String start, Integer minutes, String location, String address,
                       String wijk, Integer capacity, Integer minNoticeHours, Integer maxDaysAhead) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 240;
    private static final Pattern CLOCK = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    public Slot toSlot(FieldCheck check) {
        String hostId = check.pattern("host", host, HostForm.ID, "a host id", true);
        LocalDate day = check.date("date", date, true);
        LocalTime startTime = time("start", start, check);
        Integer length = check.range("minutes", minutes, MIN_MINUTES, MAX_MINUTES, true);
        SlotTerms terms = SlotTerms.check(location, address, wijk, capacity, minNoticeHours, maxDaysAhead, check);
        if (hostId == null || day == null || startTime == null || length == null || terms == null) {
            return null;
        }
        var begin = CityTime.at(day, startTime);
        if (begin.isEmpty()) {
            check.add("start", "does not exist on " + day + " in Amsterdam (clocks move forward)");
            return null;
        }
        return Slot.open(hostId, new TimeRange(begin.get(), begin.get().plusSeconds(length * 60L)), terms);
    }

    /** A wall-clock time as HH:MM. */
    static LocalTime time(String field, String value, FieldCheck check) {
        String text = check.pattern(field, value, CLOCK, "a time as HH:MM", true);
        return text == null ? null : LocalTime.parse(text);
    }
}
