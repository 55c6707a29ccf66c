package nl.stadmaken.spreekuur.domain;

import java.time.Instant;

/** A bookable stretch of a host's time with a number of seats; {@code booked} counts the seats taken. */
public record Slot(String id, String hostId, TimeRange time, SlotTerms terms, int booked, SlotStatus status) {

    /** Stable and readable: the host and the local start, so creating the same slot twice finds the first. */
    public static String idOf(String hostId, Instant start) {
        return hostId + "-" + CityTime.idStamp(start);
    }

    public static Slot open(String hostId, TimeRange time, SlotTerms terms) {
        return new Slot(idOf(hostId, time.start()), hostId, time, terms, 0, SlotStatus.OPEN);
    }

    public int seatsLeft() {
        return status == SlotStatus.OPEN ? Math.max(0, terms.capacity() - booked) : 0;
    }

    /** Residents book inside the booking window; staff, booking for someone who phoned, until the slot starts. */
    public boolean bookableAt(Instant now, boolean byStaff) {
        if (status != SlotStatus.OPEN) {
            return false;
        }
        return byStaff ? now.isBefore(time.start()) : terms.window().admits(time.start(), now);
    }
}
