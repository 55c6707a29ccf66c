package nl.stadmaken.spreekuur;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stadmaken.spreekuur.domain.Booking;
import nl.stadmaken.spreekuur.domain.BookingDesk;
import nl.stadmaken.spreekuur.domain.Choice;
import nl.stadmaken.spreekuur.domain.CityTime;
import nl.stadmaken.spreekuur.domain.Host;
import nl.stadmaken.spreekuur.domain.Notice;
import nl.stadmaken.spreekuur.domain.OfficeHours;
import nl.stadmaken.spreekuur.domain.Resident;
import nl.stadmaken.spreekuur.domain.Slot;

/** How hosts, slots and bookings look in JSON. Times are Amsterdam local times with their offset. */
final class Views {

    private Views() {
    }

    static Map<String, Object> host(Host host) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", host.id());
        view.put("name", host.name());
        view.put("role", Choice.word(host.role()));
        view.put("topics", host.topics());
        return view;
    }

    static Map<String, Object> slot(Slot slot) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", slot.id());
        view.put("hostId", slot.hostId());
        view.put("startsAt", time(slot.time().start()));
        view.put("endsAt", time(slot.time().end()));
        view.put("timeZone", CityTime.ZONE.getId());
        view.put("location", Choice.word(slot.terms().place().kind()));
        view.put("address", slot.terms().place().address());
        view.put("wijk", slot.terms().place().wijk());
        view.put("capacity", slot.terms().capacity());
        view.put("seatsLeft", slot.seatsLeft());
        view.put("status", Choice.word(slot.status()));
        view.put("minNoticeHours", slot.terms().window().minNoticeHours());
        view.put("maxDaysAhead", slot.terms().window().maxDaysAhead());
        view.values().removeIf(value -> value == null);
        return view;
    }

    static Map<String, Object> offer(OfficeHours.Offer offer) {
        Map<String, Object> view = slot(offer.slot());
        view.remove("status");
        view.put("hostName", offer.host().name());
        return view;
    }

    static Map<String, Object> series(OfficeHours.SeriesResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("created", result.created().size());
        view.put("skipped", result.skipped());
        view.put("slots", result.created().stream().map(Views::slot).toList());
        return view;
    }

    /** The manage token is in this answer only; we keep just its keyed hash. */
    static Map<String, Object> receipt(BookingDesk.Receipt receipt) {
        Map<String, Object> view = booking(receipt.booking(), receipt.slot(), receipt.host());
        view.put("manageToken", receipt.manageToken());
        view.put("calendar", receipt.calendar());
        return view;
    }

    static Map<String, Object> overview(BookingDesk.Overview overview) {
        Map<String, Object> view = booking(overview.booking(), overview.slot(), overview.host());
        view.put("calendar", overview.calendar());
        return view;
    }

    private static Map<String, Object> booking(Booking booking, Slot slot, Host host) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", booking.id());
        view.put("status", Choice.word(booking.status()));
        view.put("sequence", booking.sequence());
        view.put("slot", slot(slot));
        view.put("host", host(host));
        view.put("bookedBy", booking.bookedByStaff() ? "staff" : "resident");
        if (booking.resident() != null) {
            view.put("resident", resident(booking.resident()));
        }
        return view;
    }

    static Map<String, Object> agenda(OfficeHours.Agenda agenda) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", host(agenda.host()));
        view.put("date", agenda.date().toString());
        view.put("slots", agenda.items().stream().map(item -> {
            Map<String, Object> slot = slot(item.slot());
            slot.put("bookings", item.bookings().stream().map(Views::staffBooking).toList());
            return slot;
        }).toList());
        return view;
    }

    private static Map<String, Object> staffBooking(Booking booking) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", booking.id());
        view.put("bookedBy", booking.bookedByStaff() ? "staff" : "resident");
        view.put("note", booking.note());
        if (booking.resident() != null) {
            view.putAll(resident(booking.resident()));
        }
        view.values().removeIf(value -> value == null);
        return view;
    }

    private static Map<String, Object> resident(Resident resident) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", resident.name());
        view.put("email", resident.email());
        view.put("phone", resident.phone());
        view.put("topic", resident.topic());
        view.put("wijk", resident.wijk());
        view.put("accessibility", resident.accessibility());
        view.put("interpreter", resident.interpreter());
        view.values().removeIf(value -> value == null);
        return view;
    }

    static Map<String, Object> notice(Notice notice) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", notice.id());
        view.put("kind", Choice.word(notice.kind()));
        view.put("bookingId", notice.bookingId());
        view.put("email", notice.email());
        view.put("phone", notice.phone());
        view.put("subject", notice.subject());
        view.put("text", notice.text());
        view.put("calendar", notice.calendar());
        view.put("createdAt", notice.createdAt().toString());
        view.values().removeIf(value -> value == null);
        return view;
    }

    private static String time(java.time.Instant instant) {
        return CityTime.local(instant).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
