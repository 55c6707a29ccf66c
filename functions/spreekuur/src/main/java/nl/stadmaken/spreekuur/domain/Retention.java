package nl.stadmaken.spreekuur.domain;

import java.time.Instant;

/** Personal data of a booking is kept until the end of the slot's day plus {@code daysAfterSlot} days. */
public record Retention(int daysAfterSlot) {

    public Instant endFor(Slot slot) {
        return CityTime.startOf(CityTime.date(slot.time().start()).plusDays(daysAfterSlot + 1L));
    }
}
