package nl.stadmaken.spreekuur.domain;

import java.time.Duration;
import java.time.Instant;

/** When residents may book a slot: at least {@code minNoticeHours} before it and at most {@code maxDaysAhead} days ahead. */
public record BookingWindow(int minNoticeHours, int maxDaysAhead) {

    public static final BookingWindow DEFAULT = new BookingWindow(2, 60);

    public boolean admits(Instant slotStart, Instant now) {
        return !now.plus(Duration.ofHours(minNoticeHours)).isAfter(slotStart)
                && !slotStart.isAfter(now.plus(Duration.ofDays(maxDaysAhead)));
    }
}
