package nl.stadmaken.spreekuur.domain;

import java.time.Instant;

/**
 * A booked conversation. {@code sequence} grows with every change, as the calendar's SEQUENCE must;
 * {@code resident} is null once cancelled or past retention. {@code tokenHash} and {@code residentKey} are keyed
 * hashes of the manage token and of the resident's contact.
 */
public record Booking(String id, String slotId, String hostId, TimeRange time, BookingStatus status, int sequence,
                      boolean bookedByStaff, String note, Resident resident, String tokenHash, String residentKey,
                      Instant createdAt, Instant updatedAt, Instant expiresAt) {

    public boolean isActive() {
        return status == BookingStatus.BOOKED;
    }
}
