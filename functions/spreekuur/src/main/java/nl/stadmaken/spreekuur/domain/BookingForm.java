package nl.stadmaken.spreekuur.domain;

import java.util.regex.Pattern;
import nl.stadmaken.shared.problem.FieldCheck;

/** A booking as sent by a resident, or by staff for someone who phoned in (only staff add a {@code note}). */
public record BookingForm(String name, String email, String phone, String topic, String wijk, String accessibility,
                          String interpreter, String note) {

    private static final Pattern WIJK = Pattern.compile("^WK0392[0-9]{2}$");

    public Resident toResident(FieldCheck check) {
        Resident resident = new Resident(
                check.text("name", name, 200, true),
                check.email("email", email, false),
                check.phone("phone", phone),
                check.text("topic", topic, 500, true),
                check.pattern("wijk", wijk, WIJK, "a CBS wijk code of Haarlem (WK0392..)", false),
                check.text("accessibility", accessibility, 500, false),
                check.text("interpreter", interpreter, 60, false));
        // A blank field is no contact; one given but wrong is named by its own check above.
        check.check(given(email) || given(phone), "email", "give an email address or a phone number");
        return resident;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    public String checkedNote(boolean byStaff, FieldCheck check) {
        if (!byStaff) {
            check.check(note == null, "note", "only staff add a note");
            return null;
        }
        return check.text("note", note, 1000, false);
    }
}
