package nl.stadmaken.participation.panel;

import java.time.Instant;

/** The public seed of a panel's draws and when it was fixed, which must be before the pool closes. */
public record SeedRecord(String seed, Instant fixedAt) {
}
