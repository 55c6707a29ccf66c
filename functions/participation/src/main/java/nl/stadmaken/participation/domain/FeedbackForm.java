package nl.stadmaken.participation.domain;

import java.time.Instant;
import java.time.LocalDate;
import nl.stadmaken.shared.problem.FieldCheck;

/** Feedback as staff record it: {@code givenOn} (a date) and an optional {@code note}, for example a link to the letter. */
public record FeedbackForm(String givenOn, String note) {

    private static final int NOTE = 500;

    /** Feedback is given between the day the trajectory was published and today, both included. */
    public Feedback toFeedback(Trajectory trajectory, Instant now, FieldCheck check) {
        check.check(givenOn != null && !givenOn.isBlank(), "givenOn", "required");
        LocalDate date = check.date("givenOn", givenOn);
        String checkedNote = check.text("note", note, NOTE, false);
        if (date != null) {
            LocalDate today = LocalDate.ofInstant(now, CityTime.ZONE);
            LocalDate published = LocalDate.ofInstant(trajectory.publishedAt(), CityTime.ZONE);
            check.check(!date.isAfter(today), "givenOn", "must not be after today (" + today + ")");
            check.check(!date.isBefore(published), "givenOn", "must not be before the trajectory was published (" + published + ")");
        }
        return new Feedback(date, checkedNote, now);
    }
}
