package nl.stadmaken.participation.domain;

import java.time.ZoneId;

/**
 * The city's clock: Haarlem keeps Amsterdam time. A class of its own, so that the time-zone rules (some 20 ms to read
 * on a cold JVM) are loaded by the first request that needs local time (a sign-up's retention, a feedback date), not
 * by every start; SnapStart priming loads them before the snapshot.
 */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CityTime() {
    }
}
