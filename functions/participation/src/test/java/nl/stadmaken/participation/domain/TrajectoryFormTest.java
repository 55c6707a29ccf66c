package nl.stadmaken.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import org.junit.jupiter.api.Test;

class TrajectoryFormTest {

    private final Wijken wijken = Wijken.haarlem();

    @Test
    void wijkenComeFromTheDataFile() {
        assertThat(wijken.all()).hasSize(21);
        assertThat(wijken.find("WK039201")).map(Wijk::name).contains("Oude Stad");
    }

    @Test
    void readsWordsCaseInsensitivelyAndDefaultsTheKind() {
        FieldCheck check = new FieldCheck();
        var form = new TrajectoryForm(null, "Bomen", null, "WK039201", null, 5,
                new TrajectoryForm.AgreementForm(null, null, "Raad", null, "MEEBESLISSEN", null, null, null, null, null, null, null, null, null, null), null);

        TrajectoryContent content = form.toContent(wijken, check);

        assertThat(check.hasErrors()).isFalse();
        assertThat(content.kind()).isEqualTo(Choice.Kind.TRAJECTORY);
        assertThat(content.agreement().decidedBy()).isEqualTo(Choice.DecidingBody.RAAD);
        assertThat(content.agreement().level()).isEqualTo(Choice.Level.MEEBESLISSEN);
    }

    @Test
    void namesEveryWrongField() {
        FieldCheck check = new FieldCheck();
        var form = new TrajectoryForm("Met Spaties", "", null, "WK000000", "vergadering", -1,
                new TrajectoryForm.AgreementForm(null, null, "burgemeester", null, "alles", null, null,
                        "2027-04-01T10:00:00+02:00", "2027-03-01T10:00:00+01:00", "gisteren", null, null, null, "geen", null), null);

        form.checkedId(check);
        form.toContent(wijken, check);

        try {
            check.throwIfAny();
            throw new AssertionError("expected a problem");
        } catch (nl.stadmaken.shared.problem.ProblemException e) {
            assertThat(e.problem().errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                    "id", "title", "wijk", "kind", "capacity", "agreement.decidedBy", "agreement.level",
                    "agreement.decisionDate", "agreement.contactEmail", "agreement.signUpCloses");
        }
    }
}
