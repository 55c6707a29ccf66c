package nl.stadmaken.spreekuur.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.stadmaken.shared.ids.IdSource;

/** Writes the resident's messages, in Dutch, each with the calendar file that goes with it. */
public final class NoticeWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.of("nl", "NL"));

    private final SpreekuurCalendar calendar;
    private final IdSource ids;

    public NoticeWriter(SpreekuurCalendar calendar, IdSource ids) {
        this.calendar = calendar;
        this.ids = ids;
    }

    public Notice write(NoticeKind kind, Booking booking, Slot slot, Host host, Instant now) {
        return write(ids.next(), kind, booking, slot, host, now);
    }

    /** With a given id, so that a job run twice writes the same notice once. */
    public Notice write(String id, NoticeKind kind, Booking booking, Slot slot, Host host, Instant now) {
        Resident resident = booking.resident();
        String when = WHEN.format(CityTime.local(booking.time().start()));
        Place place = slot.terms().place();
        String where = switch (place.kind()) {
            case STADHUIS -> "in het stadhuis" + at(place);
            case WIJK -> "in de wijk" + at(place);
            case PARTICIPATIEBANKJE -> "op het participatiebankje" + at(place);
            case ONLINE -> "online" + (place.address() == null ? "" : " (" + place.address() + ")");
        };
        String subject = switch (kind) {
            case CONFIRMATION -> "Bevestiging: spreekuur met " + host.name();
            case CHANGE -> "Gewijzigd: spreekuur met " + host.name();
            case CANCELLATION -> "Geannuleerd: spreekuur met " + host.name();
            case REMINDER -> "Morgen: spreekuur met " + host.name();
        };
        String opening = switch (kind) {
            case CONFIRMATION -> "U heeft een gesprek geboekt met " + host.name() + " op " + when + ", " + where + ".";
            case CHANGE -> "Uw gesprek met " + host.name() + " is verplaatst naar " + when + ", " + where + ".";
            case CANCELLATION -> "Uw gesprek met " + host.name() + " op " + when + " gaat niet door.";
            case REMINDER -> "Morgen heeft u een gesprek met " + host.name() + ", " + when + ", " + where + ".";
        };
        String text = "Beste " + resident.name() + ",\n\n" + opening + "\nOnderwerp: " + resident.topic()
                + "\n\nMet vriendelijke groet,\nGemeente Haarlem";
        String ics = kind == NoticeKind.CANCELLATION ? calendar.cancel(booking, slot, host, now) : calendar.request(booking, slot, host, now);
        return new Notice(id, kind, booking.id(), resident.email(), resident.phone(), subject, text, ics, now, booking.expiresAt());
    }

    private static String at(Place place) {
        return place.address() == null ? "" : ", " + place.address();
    }
}
