package nl.stadmaken.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldCheckTest {

    @Test
    void trimsTextAndTreatsBlankAsAbsent() {
        FieldCheck check = new FieldCheck();

        assertThat(check.text("name", "  Anna  ", 10, true)).isEqualTo("Anna");
        assertThat(check.text("summary", "   ", 10, false)).isNull();
        assertThat(check.hasErrors()).isFalse();
        assertThat(check.text("title", " ", 10, true)).isNull();
        assertThat(check.hasErrors()).isTrue();
    }

    @Test
    void refusesControlCharactersAndOverlongText() {
        FieldCheck check = new FieldCheck();

        assertThat(check.text("name", "An\u0000na", 100, true)).isNull();
        assertThat(check.text("name", "x".repeat(11), 10, true)).isNull();
        assertThat(check.text("summary", "line one\nline two", 4000, false)).isEqualTo("line one\nline two");
    }

    @Test
    void normalisesEmailAndChecksItsShape() {
        FieldCheck check = new FieldCheck();

        assertThat(check.email("email", "Anna@Example.NL", true)).isEqualTo("anna@example.nl");
        assertThat(check.email("email", "anna@", true)).isNull();
        assertThat(check.email("email", "anna example@x.nl", true)).isNull();
    }

    @Test
    void datesNeedAnOffsetOrTheDateForm() {
        FieldCheck check = new FieldCheck();

        assertThat(check.instant("at", "2027-03-31T02:30:00+02:00")).hasToString("2027-03-31T00:30:00Z");
        assertThat(check.instant("at", "2027-03-31T02:30:00")).isNull();
        assertThat(check.date("on", "2027-02-30")).isNull();
        assertThat(check.date("on", "2027-02-28")).hasToString("2027-02-28");
    }

    @Test
    void throwsOneProblemNamingEveryField() {
        FieldCheck check = new FieldCheck();
        check.text("a", null, 10, true);
        check.range("b", 0, 1, 5, true);

        try {
            check.throwIfAny();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(422);
            assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("a", "b");
            return;
        }
        throw new AssertionError("expected a problem");
    }
}
