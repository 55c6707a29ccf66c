package nl.stadmaken.participation.domain;

/** A wijk (district) of Haarlem as CBS numbers it, with the stadsdeel (borough) it lies in. */
public record Wijk(String code, String name, String stadsdeel) {
}
