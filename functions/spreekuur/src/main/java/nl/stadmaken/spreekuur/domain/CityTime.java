package nl.stadmaken.spreekuur.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Office hours happen in Haarlem: local dates and times are Amsterdam's, stored as instants. */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter ID_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'-'HHmm");

    private CityTime() {
    }

    /** The instant of a wall-clock time, or empty when that time does not exist (the hour skipped in March). */
    public static Optional<Instant> at(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZonedDateTime zoned = local.atZone(ZONE);
        return zoned.toLocalDateTime().equals(local) ? Optional.of(zoned.toInstant()) : Optional.empty();
    }

    public static ZonedDateTime local(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static LocalDate date(Instant instant) {
        return local(instant).toLocalDate();
    }

    /** The first instant of a local day. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    static String idStamp(Instant instant) {
        return local(instant).format(ID_STAMP);
    }
}
