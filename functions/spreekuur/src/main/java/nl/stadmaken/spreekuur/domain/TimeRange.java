package nl.stadmaken.spreekuur.domain;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time, start inclusive, end exclusive. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time range ends after it starts");
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
