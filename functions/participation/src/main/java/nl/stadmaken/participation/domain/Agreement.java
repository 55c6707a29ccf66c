package nl.stadmaken.participation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.shared.problem.FieldError;

/**
 * The participation agreement made before a trajectory starts: what it is about, what will be decided and by whom,
 * how much say participants get, what is open to influence and what is fixed, the timeline, how feedback is given,
 * and whom to contact. Parts may be missing while the trajectory is a draft; publishing needs all of them.
 */
public record Agreement(
        String subject,
        String decision,
        Choice.DecidingBody decidedBy,
        String consultedBody,
        Choice.Level level,
        String openToInfluence,
        String fixed,
        Instant signUpOpens,
        Instant signUpCloses,
        LocalDate decisionDate,
        LocalDate feedbackDate,
        String feedbackMethod,
        String contactName,
        String contactEmail,
        String contactPhone) {

    public static Agreement empty() {
        return new Agreement(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Each part publishing still needs, named by its field. */
    public List<FieldError> missingParts() {
        List<FieldError> missing = new ArrayList<>();
        require(missing, subject, "agreement.subject", "what the trajectory is about");
        require(missing, decision, "agreement.decision", "what will be decided");
        require(missing, decidedBy, "agreement.decidedBy", "who decides");
        require(missing, level, "agreement.level", "the level on the participation ladder");
        require(missing, openToInfluence, "agreement.openToInfluence", "what is open to influence");
        require(missing, fixed, "agreement.fixed", "what is fixed");
        require(missing, signUpOpens, "agreement.signUpOpens", "when sign-up opens");
        require(missing, signUpCloses, "agreement.signUpCloses", "when sign-up closes");
        require(missing, decisionDate, "agreement.decisionDate", "when the decision is taken");
        require(missing, feedbackDate, "agreement.feedbackDate", "when participants get feedback");
        require(missing, feedbackMethod, "agreement.feedbackMethod", "how feedback is given");
        require(missing, contactName, "agreement.contactName", "a contact person");
        if (contactEmail == null && contactPhone == null) {
            missing.add(new FieldError("agreement.contactEmail", "missing: an email address or phone number to contact"));
        }
        return missing;
    }

    public boolean isComplete() {
        return missingParts().isEmpty();
    }

    private static void require(List<FieldError> missing, Object value, String field, String what) {
        if (value == null) {
            missing.add(new FieldError(field, "missing: " + what));
        }
    }
}
