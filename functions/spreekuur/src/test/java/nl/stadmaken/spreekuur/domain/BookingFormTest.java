package nl.stadmaken.spreekuur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A booking needs a way to reach the resident: an email address or a phone number, and a blank one is neither. */
class BookingFormTest {

    @Test
    void blankContactsAreNoContact() {
        assertThat(errors(form("", null))).containsExactly(new FieldError("email", "give an email address or a phone number"));
        assertThat(errors(form(null, " "))).containsExactly(new FieldError("email", "give an email address or a phone number"));
        assertThat(errors(form(" ", ""))).containsExactly(new FieldError("email", "give an email address or a phone number"));
    }

    @Test
    void aContactGivenButWrongIsNamedForItself() {
        assertThat(errors(form("geen-adres", null))).containsExactly(new FieldError("email", "not a valid email address"));
        assertThat(errors(form(null, "bel maar"))).containsExactly(new FieldError("phone", "not a valid phone number"));
    }

    @Test
    void eitherContactIsEnoughAndIsWhatTheResidentIsKnownBy() {
        assertThat(resident(form("", "+31 6 1234 5678")).contactKey()).isEqualTo("phone:0612345678");
        assertThat(resident(form("Bewoner@Example.nl", "")).contactKey()).isEqualTo("email:bewoner@example.nl");
    }

    private static BookingForm form(String email, String phone) {
        return new BookingForm("Mevrouw Jansen", email, phone, "Een bankje bij de bushalte", null, null, null, null);
    }

    private static Resident resident(BookingForm form) {
        FieldCheck check = new FieldCheck();
        Resident resident = form.toResident(check);
        check.throwIfAny();
        return resident;
    }

    private static List<FieldError> errors(BookingForm form) {
        FieldCheck check = new FieldCheck();
        form.toResident(check);
        if (!check.hasErrors()) {
            return List.of();
        }
        try {
            check.throwIfAny();
            throw new AssertionError("errors but no problem");
        } catch (ProblemException e) {
            return e.problem().errors();
        }
    }
}
