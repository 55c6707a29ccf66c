package nl.stadmaken.spreekuur.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The daily job: a reminder for every conversation booked for tomorrow. Running it twice sends each once. */
public final class ReminderRound {

    private final SpreekuurStore store;
    private final NoticeWriter notices;
    private final Clock clock;

    public ReminderRound(SpreekuurStore store, NoticeWriter notices, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.clock = clock;
    }

    /** Queues the reminders; returns how many were new. */
    public int run() {
        Instant now = clock.instant();
        Map<String, Slot> slots = new HashMap<>();
        Map<String, Host> hosts = new HashMap<>();
        int queued = 0;
        for (Booking booking : due(now)) {
            Slot slot = slots.computeIfAbsent(booking.slotId(), id -> store.slot(id).orElseThrow());
            Host host = hosts.computeIfAbsent(booking.hostId(), id -> store.host(id).orElseThrow());
            // One reminder per booking and version: a moved booking is reminded of its new time.
            String id = "REMINDER-" + booking.id() + "-" + booking.sequence();
            if (store.queue(notices.write(id, NoticeKind.REMINDER, booking, slot, host, now))) {
                queued++;
            }
        }
        return queued;
    }

    /** The bookings a run at {@code now} reminds: tomorrow's, still active, of a resident whose data is kept. */
    public List<Booking> due(Instant now) {
        LocalDate tomorrow = CityTime.date(now).plusDays(1);
        List<Booking> due = new ArrayList<>();
        for (Booking booking : store.bookingsOn(tomorrow)) {
            if (booking.isActive() && booking.resident() != null) {
                due.add(booking);
            }
        }
        return due;
    }
}
