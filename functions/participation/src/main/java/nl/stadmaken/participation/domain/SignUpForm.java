package nl.stadmaken.participation.domain;

import nl.stadmaken.shared.problem.FieldCheck;

/**
 * A resident's sign-up as sent. Wijk and age band are optional and asked only to see whether participation reaches
 * all residents (indicator G2); consent to keep the data until after feedback is required.
 */
public record SignUpForm(String name, String email, String phone, String wijk, String ageBand, Boolean consent) {

    public Applicant toApplicant(Wijken wijken, FieldCheck check) {
        Applicant applicant = new Applicant(
                check.text("name", name, 200, true),
                check.email("email", email, true),
                check.phone("phone", phone),
                check.choice("wijk", wijk, code -> wijken.find(code).map(Wijk::code).orElse(null),
                        "a CBS wijk code from GET /wijken", false),
                check.choice("ageBand", ageBand, label -> Choice.AgeBand.ofLabel(label).orElse(null),
                        Choice.AgeBand.labels(), false));
        check.check(Boolean.TRUE.equals(consent), "consent", "required: agree that we keep these details until after feedback");
        return applicant;
    }
}
