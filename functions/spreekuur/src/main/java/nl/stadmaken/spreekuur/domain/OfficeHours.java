package nl.stadmaken.spreekuur.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.ProblemException;

/** Hosts, their slots and series, what is free to book, the day's agenda and the staff calendar feeds. */
public final class OfficeHours {

    private static final String FEED = "spreekuur-feed";
    private static final int MAX_RANGE_DAYS = 92;

    private final SpreekuurStore store;
    private final BookingDesk desk;
    private final SpreekuurCalendar calendar;
    private final Secrets secrets;
    private final Clock clock;

    public OfficeHours(SpreekuurStore store, BookingDesk desk, SpreekuurCalendar calendar, Secrets secrets, Clock clock) {
        this.store = store;
        this.desk = desk;
        this.calendar = calendar;
        this.secrets = secrets;
        this.clock = clock;
    }

    public List<Host> hosts() {
        return store.hosts();
    }

    /** Creating and replacing are the same request, so a retry is harmless. */
    public Host saveHost(String id, HostForm form) {
        FieldCheck check = new FieldCheck();
        Host host = form.toHost(id, null, check);
        check.throwIfAny();
        store.saveHost(host);
        return store.host(id).orElseThrow();
    }

    /** A new feed token; the old one stops working. Given once. */
    public String rotateFeedToken(String hostId) {
        String secret = secrets.newToken(FeedToken.SECRET_LENGTH);
        if (!store.setFeedTokenHash(hostId, secrets.hash(FEED, secret))) {
            throw ProblemException.notFound("No host " + hostId + ".");
        }
        return new FeedToken(hostId, secret).text();
    }

    public String feed(String token) {
        FeedToken parsed = FeedToken.parse(token).orElseThrow(() -> ProblemException.notFound("No feed."));
        Host host = store.host(parsed.hostId())
                .filter(found -> secrets.matches(FEED, parsed.secret(), found.feedTokenHash()))
                .orElseThrow(() -> ProblemException.notFound("No feed."));
        Instant now = clock.instant();
        List<Booking> bookings = store.bookingsOf(host.id(), now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366)));
        Map<String, Slot> slots = new HashMap<>();
        List<SpreekuurCalendar.Entry> entries = new ArrayList<>();
        for (Booking booking : bookings) {
            entries.add(new SpreekuurCalendar.Entry(booking,
                    slots.computeIfAbsent(booking.slotId(), id -> store.slot(id).orElseThrow())));
        }
        return calendar.feed(host, entries, now);
    }

    public Slot createSlot(SlotForm form) {
        FieldCheck check = new FieldCheck();
        Slot slot = form.toSlot(check);
        check.throwIfAny();
        requireHost(slot.hostId());
        if (!store.createSlot(slot)) {
            Slot existing = store.slot(slot.id()).orElseThrow();
            if (!existing.time().equals(slot.time()) || !existing.terms().equals(slot.terms())) {
                throw ProblemException.conflict("slot-exists", "The host has another slot starting then: " + slot.id() + ".");
            }
            return existing;
        }
        return slot;
    }

    /** Creates the series' slots; slots that exist already (a retried request) are counted as skipped. */
    public SeriesResult createSeries(SlotSeriesForm form) {
        FieldCheck check = new FieldCheck();
        SlotSeriesForm.Plan plan = form.toPlan(check);
        check.throwIfAny();
        requireHost(plan.hostId());
        List<Slot> created = new ArrayList<>();
        int skipped = 0;
        for (Slot slot : plan.slots()) {
            if (store.createSlot(slot)) {
                created.add(slot);
            } else {
                skipped++;
            }
        }
        return new SeriesResult(created, skipped);
    }

    public record SeriesResult(List<Slot> created, int skipped) {
    }

    /** Cancels the slot and every booking in it; each resident gets a cancellation. Cancelling again changes nothing. */
    public Slot cancelSlot(String slotId) {
        if (!store.cancelSlot(slotId, clock.instant())) {
            throw ProblemException.notFound("No slot " + slotId + ".");
        }
        for (String bookingId : store.seatsOf(slotId)) {
            store.booking(bookingId).ifPresent(desk::cancel);
        }
        return store.slot(slotId).orElseThrow();
    }

    /** Free slots for residents, by host, topic, location kind and local date range (default: the coming 60 days). */
    public List<Offer> freeSlots(String hostId, String topic, String location, String from, String to) {
        FieldCheck check = new FieldCheck();
        LocationKind kind = check.choice("location", location, word -> Choice.parse(LocationKind.class, word).orElse(null),
                Choice.words(LocationKind.class), false);
        String checkedTopic = check.text("topic", topic, 60, false);
        String checkedHost = check.pattern("host", hostId, HostForm.ID, "a host id", false);
        Instant now = clock.instant();
        LocalDate first = check.date("from", from);
        LocalDate last = check.date("to", to);
        first = first == null ? CityTime.date(now) : first;
        last = last == null ? first.plusDays(BookingWindow.DEFAULT.maxDaysAhead()) : last;
        check.check(!last.isBefore(first), "to", "must not be before from");
        check.check(ChronoUnit.DAYS.between(first, last) <= MAX_RANGE_DAYS, "to", "at most " + MAX_RANGE_DAYS + " days after from");
        check.throwIfAny();
        List<Host> hosts = checkedHost == null ? store.hosts() : store.host(checkedHost).map(List::of).orElse(List.of());
        List<Offer> offers = new ArrayList<>();
        for (Host host : hosts) {
            if (checkedTopic != null && !host.covers(checkedTopic)) {
                continue;
            }
            for (Slot slot : store.slotsOf(host.id(), CityTime.startOf(first), CityTime.startOf(last.plusDays(1)))) {
                if ((kind == null || slot.terms().place().kind() == kind) && slot.bookableAt(now, false) && slot.seatsLeft() > 0) {
                    offers.add(new Offer(slot, host));
                }
            }
        }
        offers.sort(Comparator.comparing((Offer offer) -> offer.slot().time().start()).thenComparing(offer -> offer.slot().id()));
        return offers;
    }

    public record Offer(Slot slot, Host host) {
    }

    /** A host's slots on a local day with who booked them. */
    public Agenda agenda(String hostId, String date) {
        FieldCheck check = new FieldCheck();
        String checkedHost = check.pattern("host", hostId, HostForm.ID, "a host id", true);
        LocalDate day = check.date("date", date);
        check.throwIfAny();
        Host host = requireHost(checkedHost);
        LocalDate agendaDay = day == null ? CityTime.date(clock.instant()) : day;
        Instant from = CityTime.startOf(agendaDay);
        Instant to = CityTime.startOf(agendaDay.plusDays(1));
        List<Booking> bookings = store.bookingsOf(host.id(), from, to);
        List<Agenda.Item> items = store.slotsOf(host.id(), from, to).stream()
                .map(slot -> new Agenda.Item(slot, bookings.stream().filter(b -> b.slotId().equals(slot.id())).toList()))
                .toList();
        return new Agenda(host, agendaDay, items);
    }

    public record Agenda(Host host, LocalDate date, List<Item> items) {
        public record Item(Slot slot, List<Booking> bookings) {
        }
    }

    public List<Notice> outbox(String date) {
        FieldCheck check = new FieldCheck();
        LocalDate day = check.date("date", date);
        check.throwIfAny();
        return store.notices(day == null ? CityTime.date(clock.instant()) : day, 100);
    }

    private Host requireHost(String hostId) {
        return store.host(hostId).orElseThrow(() -> ProblemException.validation("host", "no such host"));
    }
}
