package nl.stadmaken.participation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That a trajectory's participants got the feedback its agreement promised: the day it was given, an optional short
 * note or link to it, and when staff recorded it. Compared with the agreement's feedback date it tells whether the
 * promise was kept.
 */
public record Feedback(LocalDate givenOn, String note, Instant recordedAt) {

    /** The same feedback, whenever it was recorded: a retry of the same record. */
    public boolean sameAs(Feedback other) {
        return givenOn.equals(other.givenOn) && Objects.equals(note, other.note);
    }
}
