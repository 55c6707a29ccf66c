package nl.stadmaken.spreekuur.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import nl.stadmaken.shared.ids.IdSource;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;

/** Booking, viewing, moving and cancelling conversations, by residents with their token or by staff. */
public final class BookingDesk {

    private static final String MANAGE = "spreekuur-manage";
    private static final String RESIDENT = "spreekuur-resident";
    private static final String BOOKING_ID = "spreekuur-booking-id";
    /** As long as a ULID, so derived ids and time-sorted ones look alike to the manage token. */
    private static final int BOOKING_ID_LENGTH = 26;
    private static final int ATTEMPTS = 20;

    private final SpreekuurStore store;
    private final NoticeWriter notices;
    private final SpreekuurCalendar calendar;
    private final Secrets secrets;
    private final IdSource ids;
    private final Clock clock;
    private final Retention retention;
    private final boolean oneBookingPerHost;

    public BookingDesk(SpreekuurStore store, NoticeWriter notices, SpreekuurCalendar calendar, Secrets secrets, IdSource ids,
                       Clock clock, Retention retention, boolean oneBookingPerHost) {
        this.store = store;
        this.notices = notices;
        this.calendar = calendar;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.retention = retention;
        this.oneBookingPerHost = oneBookingPerHost;
    }

    /** What the booker gets once: the booking, its calendar file and the manage token (we keep only its hash). */
    public record Receipt(Booking booking, Slot slot, Host host, String manageToken, String calendar) {
    }

    /** What the token shows: the booking as it is now and its calendar file (a cancellation once cancelled). */
    public record Overview(Booking booking, Slot slot, Host host, String calendar) {
    }

    /**
     * Books a seat, or, when this very request booked before (same {@code retryKey}, see {@link Secrets#tokenFor}) and
     * its answer was lost, answers that booking again with the same token, even if the slot is full by now.
     */
    public Receipt book(String slotId, BookingForm form, boolean byStaff, Optional<String> retryKey) {
        FieldCheck check = new FieldCheck();
        Resident resident = form.toResident(check);
        String note = form.checkedNote(byStaff, check);
        check.throwIfAny();
        String bookingId = retryKey.map(key -> secrets.derivedToken(BOOKING_ID, key, BOOKING_ID_LENGTH)).orElseGet(ids::next);
        String secret = secrets.tokenFor(MANAGE, retryKey, ManageToken.SECRET_LENGTH);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Slot slot = store.slot(slotId).orElseThrow(() -> ProblemException.notFound("No slot " + slotId + "."));
            Host host = hostOf(slot);
            Instant now = clock.instant();
            try {
                refuseUnbookable(slot, now, byStaff, "slotId");
            } catch (ProblemException refused) {
                // Full, say, because this very request took the last seat before its answer was lost.
                if (retryKey.isEmpty()) {
                    throw refused;
                }
                return earlierAttempt(bookingId, secret).orElseThrow(() -> refused);
            }
            String residentKey = oneBookingPerHost ? secrets.hash(RESIDENT, host.id() + "\n" + resident.contactKey()) : null;
            Booking booking = new Booking(bookingId, slot.id(), host.id(), slot.time(), BookingStatus.BOOKED, 0, byStaff, note,
                    resident, secrets.hash(MANAGE, secret), residentKey, now, now, retention.endFor(slot));
            Notice notice = notices.write(NoticeKind.CONFIRMATION, booking, slot, host, now);
            switch (store.book(booking, residentKey == null ? null : slot.time().end(), notice, now)) {
                case BOOKED -> {
                    return new Receipt(booking, slot, host, new ManageToken(booking.id(), secret).text(), notice.calendar());
                }
                case BOOKED_BEFORE -> {
                    return earlierAttempt(bookingId, secret).orElseThrow(() -> new IllegalStateException("booking " + bookingId + " is not this request's"));
                }
                case RESIDENT_HAS_BOOKING -> throw ProblemException.conflict("already-booked",
                        "This resident already has a conversation booked with " + host.name() + ".",
                        List.of(new FieldError(resident.email() != null ? "email" : "phone", "already has a booking with this host")));
                case SLOT_UNAVAILABLE, BUSY -> pause(attempt);
            }
        }
        throw ProblemException.unavailable("Many people are booking right now; please try again.", 1);
    }

    public Overview lookup(String token) {
        return overview(byToken(token));
    }

    private Overview overview(Booking booking) {
        Slot slot = store.slot(booking.slotId()).orElseThrow();
        Host host = hostOf(slot);
        Instant now = clock.instant();
        String ics = booking.isActive() ? calendar.request(booking, slot, host, now) : calendar.cancel(booking, slot, host, now);
        return new Overview(booking, slot, host, ics);
    }

    /**
     * The booking this request made in an earlier attempt, as it is now, if there is one: its id and secret were
     * derived from the same retry key, so the stored hash matches.
     */
    private Optional<Receipt> earlierAttempt(String bookingId, String secret) {
        return store.booking(bookingId).filter(found -> secrets.matches(MANAGE, secret, found.tokenHash())).map(found -> {
            Overview overview = overview(found);
            return new Receipt(found, overview.slot(), overview.host(), new ManageToken(found.id(), secret).text(), overview.calendar());
        });
    }

    /** Cancelling twice answers the same; a cancelled booking stays cancelled. */
    public Overview cancel(String token) {
        Booking booking = byToken(token);
        if (booking.isActive() && !clock.instant().isBefore(booking.time().start())) {
            throw ProblemException.conflict("already-started", "The conversation has started or is over; it cannot be cancelled.");
        }
        cancel(booking);
        return lookup(token);
    }

    /** Cancels a booking whatever its token, as a cancelled slot does; quiet when it is cancelled already. */
    void cancel(Booking first) {
        Booking booking = first;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (!booking.isActive()) {
                return;
            }
            Slot slot = store.slot(booking.slotId()).orElseThrow();
            Instant now = clock.instant();
            Notice notice = notices.write(NoticeKind.CANCELLATION, next(booking, BookingStatus.CANCELLED, now), slot, hostOf(slot), now);
            if (store.cancel(booking, notice, now) == SpreekuurStore.Change.DONE) {
                return;
            }
            pause(attempt);
            booking = store.booking(booking.id()).orElseThrow();
        }
        throw ProblemException.unavailable("Many changes are happening right now; please try again.", 1);
    }

    /** Moves to another free slot of the same host; the old seat is freed only if the new one is taken. */
    public Overview move(String token, String slotId) {
        FieldCheck check = new FieldCheck();
        String target = check.text("slotId", slotId, 100, true);
        check.throwIfAny();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Booking booking = byToken(token);
            if (!booking.isActive()) {
                throw ProblemException.conflict("booking-cancelled", "This booking is cancelled; book a new conversation instead.");
            }
            if (booking.slotId().equals(target)) {
                return lookup(token);
            }
            Instant now = clock.instant();
            if (!now.isBefore(booking.time().start())) {
                throw ProblemException.conflict("already-started", "The conversation has started or is over; it cannot be moved.");
            }
            Slot slot = store.slot(target).orElseThrow(() -> ProblemException.validation("slotId", "no such slot"));
            if (!slot.hostId().equals(booking.hostId())) {
                throw ProblemException.validation("slotId", "a slot of the same host");
            }
            refuseUnbookable(slot, now, booking.bookedByStaff(), "slotId");
            Booking moved = new Booking(booking.id(), slot.id(), booking.hostId(), slot.time(), BookingStatus.BOOKED,
                    booking.sequence() + 1, booking.bookedByStaff(), booking.note(), booking.resident(), booking.tokenHash(),
                    booking.residentKey(), booking.createdAt(), now, retention.endFor(slot));
            Notice notice = notices.write(NoticeKind.CHANGE, moved, slot, hostOf(slot), now);
            switch (store.move(booking, moved, notice, now)) {
                case DONE -> {
                    return lookup(token);
                }
                case SLOT_UNAVAILABLE -> throw full();
                case STATE_CHANGED -> pause(attempt);
            }
        }
        throw ProblemException.unavailable("Many changes are happening right now; please try again.", 1);
    }

    private Booking byToken(String token) {
        ManageToken parsed = ManageToken.parse(token).orElseThrow(() -> ProblemException.validation("token", "not a booking token"));
        return store.booking(parsed.bookingId())
                .filter(found -> secrets.matches(MANAGE, parsed.secret(), found.tokenHash()))
                .orElseThrow(() -> ProblemException.notFound("No booking for this token."));
    }

    private Host hostOf(Slot slot) {
        return store.host(slot.hostId()).orElseThrow(() -> new IllegalStateException("slot without host"));
    }

    private static void refuseUnbookable(Slot slot, Instant now, boolean byStaff, String field) {
        if (slot.status() == SlotStatus.CANCELLED) {
            throw ProblemException.conflict("slot-cancelled", "This slot is cancelled.", List.of(new FieldError(field, "cancelled")));
        }
        if (!slot.bookableAt(now, byStaff)) {
            throw ProblemException.conflict("outside-booking-window", "This slot cannot be booked now: book at least "
                    + slot.terms().window().minNoticeHours() + " hours and at most " + slot.terms().window().maxDaysAhead()
                    + " days ahead.", List.of(new FieldError(field, "outside the booking window")));
        }
        if (slot.seatsLeft() == 0) {
            throw full();
        }
    }

    private static ProblemException full() {
        return ProblemException.conflict("slot-full", "This slot is fully booked; choose another one.");
    }

    private static Booking next(Booking booking, BookingStatus status, Instant now) {
        return new Booking(booking.id(), booking.slotId(), booking.hostId(), booking.time(), status, booking.sequence() + 1,
                booking.bookedByStaff(), booking.note(), booking.resident(), booking.tokenHash(), booking.residentKey(),
                booking.createdAt(), now, booking.expiresAt());
    }

    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 10) * 5L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted; please try again.", 1);
        }
    }
}
