package nl.stadmaken.spreekuur.store;

import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.putIfPresent;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.dynamo.Attributes;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.shared.mail.MailItem;
import nl.stadmaken.spreekuur.domain.Booking;
import nl.stadmaken.spreekuur.domain.BookingStatus;
import nl.stadmaken.spreekuur.domain.BookingWindow;
import nl.stadmaken.spreekuur.domain.CityTime;
import nl.stadmaken.spreekuur.domain.Host;
import nl.stadmaken.spreekuur.domain.LocationKind;
import nl.stadmaken.spreekuur.domain.Notice;
import nl.stadmaken.spreekuur.domain.NoticeKind;
import nl.stadmaken.spreekuur.domain.Place;
import nl.stadmaken.spreekuur.domain.Resident;
import nl.stadmaken.spreekuur.domain.Role;
import nl.stadmaken.spreekuur.domain.Slot;
import nl.stadmaken.spreekuur.domain.SlotStatus;
import nl.stadmaken.spreekuur.domain.SlotTerms;
import nl.stadmaken.spreekuur.domain.TimeRange;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hand-written mapping between the domain and items. Times are epoch milliseconds so conditions can compare them;
 * sort keys start with the zero-padded start time so a range of days is one key condition.
 */
final class SpreekuurItems {

    /** The name residents see as the sender of office-hours mail. */
    private static final String SENDER_NAME = "Spreekuur gemeente Haarlem";

    static final List<String> PERSONAL = List.of("name", "email", "phone", "topic", "accessibility", "interpreter", "note");

    private SpreekuurItems() {
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    static Map<String, AttributeValue> hostKey(String id) {
        return key("HOST#" + id, "HOST");
    }

    static Map<String, AttributeValue> slotKey(String id) {
        return key("SLOT#" + id, "SLOT");
    }

    static Map<String, AttributeValue> seatKey(String slotId, String bookingId) {
        return key("SLOT#" + slotId, "SEAT#" + bookingId);
    }

    static Map<String, AttributeValue> bookingKey(String id) {
        return key("BOOKING#" + id, "BOOKING");
    }

    static Map<String, AttributeValue> lockKey(String residentKey) {
        return key("RESIDENT#" + residentKey, "LOCK");
    }

    static String hostSlots(String hostId) {
        return "HOST#" + hostId + "#SLOTS";
    }

    static String hostBookings(String hostId) {
        return "HOST#" + hostId + "#BOOKINGS";
    }

    static String day(Instant instant) {
        return "DAY#" + CityTime.date(instant);
    }

    static String timeKey(Instant instant, String id) {
        return "%013d#%s".formatted(instant.toEpochMilli(), id);
    }

    static Map<String, AttributeValue> host(Host host) {
        Map<String, AttributeValue> item = new HashMap<>(hostKey(host.id()));
        item.put("gsi1pk", s("HOSTS"));
        item.put("gsi1sk", s(host.id()));
        item.put("id", s(host.id()));
        item.put("name", s(host.name()));
        item.put("role", s(host.role().name()));
        item.put("topics", AttributeValue.fromL(host.topics().stream().map(Attributes::s).toList()));
        return item;
    }

    static Host toHost(Map<String, AttributeValue> item) {
        List<String> topics = item.containsKey("topics") ? item.get("topics").l().stream().map(AttributeValue::s).toList() : List.of();
        return new Host(text(item, "id"), text(item, "name"), Role.valueOf(text(item, "role")), topics, text(item, "feedTokenHash"));
    }

    static Map<String, AttributeValue> slot(Slot slot) {
        Map<String, AttributeValue> item = new HashMap<>(slotKey(slot.id()));
        item.put("gsi1pk", s(hostSlots(slot.hostId())));
        item.put("gsi1sk", s(timeKey(slot.time().start(), slot.id())));
        item.put("id", s(slot.id()));
        item.put("hostId", s(slot.hostId()));
        item.put("startsAt", n(slot.time().start().toEpochMilli()));
        item.put("endsAt", n(slot.time().end().toEpochMilli()));
        item.put("zone", s(CityTime.ZONE.getId()));
        item.put("location", s(slot.terms().place().kind().name()));
        putIfPresent(item, "address", slot.terms().place().address());
        putIfPresent(item, "wijk", slot.terms().place().wijk());
        item.put("capacity", n(slot.terms().capacity()));
        item.put("minNoticeHours", n(slot.terms().window().minNoticeHours()));
        item.put("maxDaysAhead", n(slot.terms().window().maxDaysAhead()));
        item.put("booked", n(slot.booked()));
        item.put("status", s(slot.status().name()));
        return item;
    }

    static Slot toSlot(Map<String, AttributeValue> item) {
        SlotTerms terms = new SlotTerms(
                new Place(LocationKind.valueOf(text(item, "location")), text(item, "address"), text(item, "wijk")),
                number(item, "capacity"),
                new BookingWindow(number(item, "minNoticeHours"), number(item, "maxDaysAhead")));
        return new Slot(text(item, "id"), text(item, "hostId"), new TimeRange(instant(item, "startsAt"), instant(item, "endsAt")),
                terms, number(item, "booked"), SlotStatus.valueOf(text(item, "status")));
    }

    static Map<String, AttributeValue> booking(Booking booking) {
        Map<String, AttributeValue> item = new HashMap<>(bookingKey(booking.id()));
        item.put("id", s(booking.id()));
        item.put("hostId", s(booking.hostId()));
        item.put("status", s(booking.status().name()));
        item.put("bookedByStaff", AttributeValue.fromBool(booking.bookedByStaff()));
        item.put("tokenHash", s(booking.tokenHash()));
        putIfPresent(item, "residentKey", booking.residentKey());
        item.put("createdAt", s(booking.createdAt().toString()));
        item.putAll(placement(booking));
        Resident resident = booking.resident();
        putIfPresent(item, "name", resident.name());
        putIfPresent(item, "email", resident.email());
        putIfPresent(item, "phone", resident.phone());
        putIfPresent(item, "topic", resident.topic());
        putIfPresent(item, "wijk", resident.wijk());
        putIfPresent(item, "accessibility", resident.accessibility());
        putIfPresent(item, "interpreter", resident.interpreter());
        putIfPresent(item, "note", booking.note());
        return item;
    }

    /** What changes when a booking moves: its slot, times, version, index keys and retention. */
    static Map<String, AttributeValue> placement(Booking booking) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("slotId", s(booking.slotId()));
        item.put("startsAt", n(booking.time().start().toEpochMilli()));
        item.put("endsAt", n(booking.time().end().toEpochMilli()));
        item.put("sequence", n(booking.sequence()));
        item.put("updatedAt", s(booking.updatedAt().toString()));
        item.put("expiresAt", n(booking.expiresAt().getEpochSecond()));
        item.put("gsi1pk", s(hostBookings(booking.hostId())));
        item.put("gsi1sk", s(timeKey(booking.time().start(), booking.id())));
        item.put("gsi2pk", s(day(booking.time().start())));
        item.put("gsi2sk", s(timeKey(booking.time().start(), booking.id())));
        return item;
    }

    static Booking toBooking(Map<String, AttributeValue> item) {
        Resident resident = item.containsKey("name") ? new Resident(text(item, "name"), text(item, "email"), text(item, "phone"),
                text(item, "topic"), text(item, "wijk"), text(item, "accessibility"), text(item, "interpreter")) : null;
        return new Booking(text(item, "id"), text(item, "slotId"), text(item, "hostId"),
                new TimeRange(instant(item, "startsAt"), instant(item, "endsAt")),
                BookingStatus.valueOf(text(item, "status")), number(item, "sequence"),
                Boolean.TRUE.equals(item.get("bookedByStaff").bool()), text(item, "note"), resident,
                text(item, "tokenHash"), text(item, "residentKey"), Instant.parse(text(item, "createdAt")),
                Instant.parse(text(item, "updatedAt")), Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n())));
    }

    static Map<String, AttributeValue> notice(Notice notice) {
        Map<String, AttributeValue> item = new HashMap<>(key("OUTBOX#" + notice.id(), "OUTBOX"));
        item.put("gsi1pk", s("OUTBOX#" + CityTime.date(notice.createdAt())));
        item.put("gsi1sk", s(timeKey(notice.createdAt(), notice.id())));
        item.put("id", s(notice.id()));
        item.put("kind", s(notice.kind().name()));
        item.put("bookingId", s(notice.bookingId()));
        putIfPresent(item, "phone", notice.phone());
        String method = notice.kind() == NoticeKind.CANCELLATION ? "CANCEL" : "REQUEST";
        MailItem.put(item, SENDER_NAME, notice.email(), notice.subject(), notice.text(),
                "spreekuur.ics", "text/calendar; charset=UTF-8; method=" + method, notice.calendar());
        item.put("createdAt", s(notice.createdAt().toString()));
        item.put("expiresAt", n(notice.expiresAt().getEpochSecond()));
        return item;
    }

    static Notice toNotice(Map<String, AttributeValue> item) {
        return new Notice(text(item, "id"), NoticeKind.valueOf(text(item, "kind")), text(item, "bookingId"), text(item, MailItem.TO),
                text(item, "phone"), text(item, MailItem.SUBJECT), text(item, MailItem.TEXT), text(item, MailItem.ATTACHMENT),
                Instant.parse(text(item, "createdAt")), Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n())));
    }

    /** The keys of the {@code changes} index for this item (see {@link ChangeIndex}). */
    static Map<String, AttributeValue> changed(Map<String, AttributeValue> key, Instant now) {
        return ChangeIndex.keys(key.get("pk").s(), key.get("sk").s(), now);
    }

    /** Adds {@code #chgDay} and {@code #chgAt} to an update's names and values, for {@link ChangeIndex#SET}. */
    static void changed(Map<String, String> names, Map<String, AttributeValue> values, Map<String, AttributeValue> key, Instant now) {
        ChangeIndex.addTo(names, values, key.get("pk").s(), key.get("sk").s(), now);
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.ofEpochMilli(Long.parseLong(item.get(name).n()));
    }
}
