package nl.stadmaken.spreekuur.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * iCalendar (RFC 5545) files for bookings and the hosts' feeds. A booking keeps one UID for life and its SEQUENCE
 * grows with each change, so calendar apps update or remove the event they already have instead of adding another.
 */
public final class SpreekuurCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PRODUCT = "-//Gemeente Haarlem//Stadmaken spreekuur//NL";

    private final String organizerEmail;
    private final String uidDomain;

    public SpreekuurCalendar(String organizerEmail, String uidDomain) {
        this.organizerEmail = organizerEmail;
        this.uidDomain = uidDomain;
    }

    /** The invitation for a new or moved booking. */
    public String request(Booking booking, Slot slot, Host host, Instant now) {
        return single("REQUEST", booking, slot, host, now);
    }

    /** Withdraws the invitation: same UID, higher SEQUENCE, STATUS:CANCELLED. */
    public String cancel(Booking booking, Slot slot, Host host, Instant now) {
        return single("CANCEL", booking, slot, host, now);
    }

    /** A host's booked conversations, for a calendar subscription. */
    public String feed(Host host, List<Entry> entries, Instant now) {
        ContentLines lines = begin("PUBLISH");
        lines.text("X-WR-CALNAME", "Spreekuur " + host.name());
        lines.line("X-WR-TIMEZONE:" + CityTime.ZONE.getId());
        for (Entry entry : entries) {
            event(lines, entry.booking(), entry.slot(), host, now, true);
        }
        return lines.line("END:VCALENDAR").toString();
    }

    public record Entry(Booking booking, Slot slot) {
    }

    private String single(String method, Booking booking, Slot slot, Host host, Instant now) {
        ContentLines lines = begin(method);
        event(lines, booking, slot, host, now, false);
        return lines.line("END:VCALENDAR").toString();
    }

    private static ContentLines begin(String method) {
        ContentLines lines = new ContentLines()
                .line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:" + PRODUCT)
                .line("CALSCALE:GREGORIAN")
                .line("METHOD:" + method);
        amsterdam(lines);
        return lines;
    }

    private void event(ContentLines lines, Booking booking, Slot slot, Host host, Instant now, boolean forStaff) {
        boolean cancelled = booking.status() == BookingStatus.CANCELLED;
        lines.line("BEGIN:VEVENT")
                .line("UID:" + booking.id() + "@" + uidDomain)
                .line("SEQUENCE:" + booking.sequence())
                .line("DTSTAMP:" + UTC.format(now))
                .line("DTSTART;TZID=" + CityTime.ZONE.getId() + ":" + LOCAL.format(CityTime.local(booking.time().start())))
                .line("DTEND;TZID=" + CityTime.ZONE.getId() + ":" + LOCAL.format(CityTime.local(booking.time().end())))
                .line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        Resident resident = booking.resident();
        if (forStaff) {
            lines.text("SUMMARY", "Spreekuur" + (resident == null ? "" : ": " + resident.name()));
            if (resident != null) {
                lines.text("DESCRIPTION", description(resident, booking.note()));
            }
        } else {
            lines.text("SUMMARY", "Spreekuur met " + host.name());
        }
        Place place = slot.terms().place();
        String where = Choice.word(place.kind()) + (place.address() == null ? "" : ", " + place.address());
        lines.text("LOCATION", where);
        lines.line("ORGANIZER;CN=" + quoted("Gemeente Haarlem") + ":mailto:" + organizerEmail);
        if (!forStaff && resident != null && resident.email() != null) {
            lines.line("ATTENDEE;CN=" + quoted(resident.name()) + ";ROLE=REQ-PARTICIPANT:mailto:" + resident.email());
        }
        lines.line("END:VEVENT");
    }

    private static String description(Resident resident, String note) {
        StringBuilder text = new StringBuilder("Onderwerp: " + resident.topic());
        if (resident.accessibility() != null) {
            text.append("\nToegankelijkheid: ").append(resident.accessibility());
        }
        if (resident.interpreter() != null) {
            text.append("\nTolk: ").append(resident.interpreter());
        }
        if (note != null) {
            text.append("\nNotitie: ").append(note);
        }
        return text.toString();
    }

    /** A parameter value in quotes; quotes and control characters cannot be escaped there, so they go. */
    private static String quoted(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Europe/Amsterdam written out with its rules (EU summer time since 1996), so no client needs to know the zone. */
    private static void amsterdam(ContentLines lines) {
        lines.line("BEGIN:VTIMEZONE")
                .line("TZID:" + CityTime.ZONE.getId())
                .line("BEGIN:DAYLIGHT")
                .line("TZOFFSETFROM:+0100")
                .line("TZOFFSETTO:+0200")
                .line("TZNAME:CEST")
                .line("DTSTART:19810329T020000")
                .line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .line("END:DAYLIGHT")
                .line("BEGIN:STANDARD")
                .line("TZOFFSETFROM:+0200")
                .line("TZOFFSETTO:+0100")
                .line("TZNAME:CET")
                .line("DTSTART:19961027T030000")
                .line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
                .line("END:STANDARD")
                .line("END:VTIMEZONE");
    }
}
