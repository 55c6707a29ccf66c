package nl.stadmaken.spreekuur.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where hosts, slots, bookings and the outbox are kept. Every change that must not race is one conditional write. */
public interface SpreekuurStore {

    /** Creates or replaces the host, keeping its feed token. */
    void saveHost(Host host);

    Optional<Host> host(String id);

    List<Host> hosts();

    /** False when the host does not exist. */
    boolean setFeedTokenHash(String hostId, String hash);

    /** False when an open slot with this id exists; a cancelled one is replaced. */
    boolean createSlot(Slot slot);

    Optional<Slot> slot(String id);

    /** The host's slots starting in {@code [from, to)}, by start time. */
    List<Slot> slotsOf(String hostId, Instant from, Instant to);

    /** Marks the slot cancelled; false when it does not exist. */
    boolean cancelSlot(String slotId, Instant now);

    /** Ids of the bookings holding a seat in the slot. */
    List<String> seatsOf(String slotId);

    /**
     * Takes a seat, stores the booking, locks the resident's contact for the host (when {@code lockUntil} is set) and
     * queues the notice, all in one transaction.
     */
    Placement book(Booking booking, Instant lockUntil, Notice notice, Instant now);

    Optional<Booking> booking(String id);

    /** Cancels an active booking, frees its seat and the resident's lock, erases the personal data; one transaction. */
    Change cancel(Booking booking, Notice notice, Instant now);

    /** Takes a seat in {@code moved}'s slot and frees the old one in the same transaction. */
    Change move(Booking booking, Booking moved, Notice notice, Instant now);

    /** The host's active bookings starting in {@code [from, to)}. */
    List<Booking> bookingsOf(String hostId, Instant from, Instant to);

    /** Active bookings on a local day, for reminders. */
    List<Booking> bookingsOn(LocalDate day);

    /** False when a notice with this id is queued already. */
    boolean queue(Notice notice);

    /** Notices queued on a local day, newest first. */
    List<Notice> notices(LocalDate day, int limit);

    /** {@code BOOKED_BEFORE}: a booking with this id exists, so an earlier attempt of the same request made it. */
    enum Placement { BOOKED, BOOKED_BEFORE, SLOT_UNAVAILABLE, RESIDENT_HAS_BOOKING, BUSY }

    enum Change { DONE, SLOT_UNAVAILABLE, STATE_CHANGED }
}
