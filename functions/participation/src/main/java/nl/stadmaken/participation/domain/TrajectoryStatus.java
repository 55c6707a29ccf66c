package nl.stadmaken.participation.domain;

/** A trajectory moves only forward: drafted by staff, published to residents, closed. */
public enum TrajectoryStatus {
    DRAFT, PUBLISHED, CLOSED
}
