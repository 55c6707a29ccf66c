package nl.stadmaken.participation.domain;

import java.util.List;
import java.util.regex.Pattern;
import nl.stadmaken.shared.problem.FieldCheck;

/**
 * A trajectory as staff send it (create or replace). Everything is text here, so each wrong field gets its own
 * message; {@link #toContent} checks it and gives the domain value.
 */
public record TrajectoryForm(
        String id,
        String title,
        String summary,
        String wijk,
        String kind,
        Integer capacity,
        AgreementForm agreement,
        PanelSettings.Form panel) {

    /** Stable public links: lower-case words joined by hyphens, for example {@code speelplek-oude-stad}. */
    public static final Pattern ID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$");
    private static final int LONG_TEXT = 4000;

    public record AgreementForm(
            String subject,
            String decision,
            String decidedBy,
            String consultedBody,
            String level,
            String openToInfluence,
            String fixed,
            String signUpOpens,
            String signUpCloses,
            String decisionDate,
            String feedbackDate,
            String feedbackMethod,
            String contactName,
            String contactEmail,
            String contactPhone) {
    }

    /** The id staff chose, checked; null if they left it to the system. */
    public String checkedId(FieldCheck check) {
        return check.pattern("id", id, ID, "lower-case letters, digits and hyphens (3 to 64)", false);
    }

    public TrajectoryContent toContent(Wijken wijken, FieldCheck check) {
        String checkedTitle = check.text("title", title, 200, true);
        String checkedSummary = check.text("summary", summary, LONG_TEXT, false);
        String checkedWijk = check.choice("wijk", wijk, code -> wijken.find(code).map(Wijk::code).orElse(null),
                "a CBS wijk code from GET /wijken", false);
        Choice.Kind checkedKind = check.choice("kind", kind, word -> Choice.parse(Choice.Kind.class, word).orElse(null),
                Choice.words(Choice.Kind.class), false);
        Integer checkedCapacity = check.range("capacity", capacity, 1, 100_000, false);
        Agreement checkedAgreement = agreement == null ? Agreement.empty() : toAgreement(agreement, check);
        Choice.Kind kindOrDefault = checkedKind == null ? Choice.Kind.TRAJECTORY : checkedKind;
        PanelSettings checkedPanel = null;
        if (kindOrDefault == Choice.Kind.PANEL) {
            checkedPanel = panel == null ? new PanelSettings(List.of(), false) : panel.check(check);
        } else {
            check.check(panel == null, "panel", "only for kind panel");
        }
        return new TrajectoryContent(checkedTitle, checkedSummary, checkedWijk, kindOrDefault, checkedCapacity,
                checkedAgreement, checkedPanel);
    }

    private static Agreement toAgreement(AgreementForm form, FieldCheck check) {
        Agreement agreement = new Agreement(
                check.text("agreement.subject", form.subject(), LONG_TEXT, false),
                check.text("agreement.decision", form.decision(), LONG_TEXT, false),
                check.choice("agreement.decidedBy", form.decidedBy(),
                        word -> Choice.parse(Choice.DecidingBody.class, word).orElse(null), Choice.words(Choice.DecidingBody.class), false),
                check.text("agreement.consultedBody", form.consultedBody(), 200, false),
                check.choice("agreement.level", form.level(),
                        word -> Choice.parse(Choice.Level.class, word).orElse(null), Choice.words(Choice.Level.class), false),
                check.text("agreement.openToInfluence", form.openToInfluence(), LONG_TEXT, false),
                check.text("agreement.fixed", form.fixed(), LONG_TEXT, false),
                check.instant("agreement.signUpOpens", form.signUpOpens()),
                check.instant("agreement.signUpCloses", form.signUpCloses()),
                check.date("agreement.decisionDate", form.decisionDate()),
                check.date("agreement.feedbackDate", form.feedbackDate()),
                check.text("agreement.feedbackMethod", form.feedbackMethod(), LONG_TEXT, false),
                check.text("agreement.contactName", form.contactName(), 200, false),
                check.email("agreement.contactEmail", form.contactEmail(), false),
                check.phone("agreement.contactPhone", form.contactPhone()));
        if (agreement.signUpOpens() != null && agreement.signUpCloses() != null) {
            check.check(agreement.signUpCloses().isAfter(agreement.signUpOpens()), "agreement.signUpCloses",
                    "must be after signUpOpens");
        }
        return agreement;
    }
}
