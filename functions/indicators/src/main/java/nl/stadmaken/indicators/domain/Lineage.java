package nl.stadmaken.indicators.domain;

import java.time.Instant;

/**
 * Where a snapshot comes from: the catalogue version, the change time up to which source items were read, when it was
 * computed, by which build, and which reference population it compared with.
 */
public record Lineage(String catalogueVersion, String inputWatermark, Instant computedAt, String codeVersion,
                      String populationVersion) {
}
