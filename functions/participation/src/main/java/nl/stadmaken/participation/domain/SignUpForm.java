package nl.stadmaken.participation.domain;

import java.util.Map;
import nl.stadmaken.shared.problem.FieldCheck;

/**
 * A resident's sign-up as sent. Wijk and age band are optional and asked only to see whether participation reaches
 * all residents (indicator G2); consent to keep the data until after feedback is required. For a panel, {@code features}
 * answers each of the panel's features and {@code household} gives postcode and house number when the panel draws at
 * most one member per household.
 */
public record SignUpForm(String name, String email, String phone, String wijk, String ageBand, Boolean consent,
                         Map<String, String> features, String household) {

    /** Checks the form against the trajectory's panel settings; {@code panel} is null for other trajectories. */
    public Applicant toApplicant(Wijken wijken, PanelSettings panel, FieldCheck check) {
        Map<String, String> answers = Map.of();
        String address = null;
        if (panel == null) {
            check.check(features == null, "features", "only for a panel");
            check.check(household == null, "household", "only for a panel");
        } else {
            answers = panel.checkAnswers(features, check);
            if (panel.oneMemberPerHousehold()) {
                address = PanelSettings.checkAddress(household, check);
            } else {
                check.check(household == null, "household", "this panel does not ask for an address");
            }
        }
        Applicant applicant = new Applicant(
                check.text("name", name, 200, true),
                check.email("email", email, true),
                check.phone("phone", phone),
                check.choice("wijk", wijk, code -> wijken.find(code).map(Wijk::code).orElse(null),
                        "a CBS wijk code from GET /wijken", false),
                check.choice("ageBand", ageBand, label -> Choice.AgeBand.ofLabel(label).orElse(null),
                        Choice.AgeBand.labels(), false),
                answers,
                address);
        check.check(Boolean.TRUE.equals(consent), "consent", "required: agree that we keep these details until after feedback");
        return applicant;
    }
}
