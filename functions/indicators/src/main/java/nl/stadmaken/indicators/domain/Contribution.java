package nl.stadmaken.indicators.domain;

import java.time.LocalDate;

/** What one source item adds to one counter, on the day (city time) that decides its period. */
public record Contribution(LocalDate day, Counter counter, long amount) {
}
