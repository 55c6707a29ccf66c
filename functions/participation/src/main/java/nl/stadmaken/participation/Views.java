package nl.stadmaken.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stadmaken.participation.domain.Agreement;
import nl.stadmaken.participation.domain.Choice;
import nl.stadmaken.participation.domain.ParticipationService;
import nl.stadmaken.participation.domain.SignUp;
import nl.stadmaken.participation.domain.Trajectory;
import nl.stadmaken.participation.domain.TrajectoryContent;
import nl.stadmaken.participation.panel.PanelDesk;

/** How trajectories and sign-ups look in JSON. Residents see counts as places left, never who signed up. */
final class Views {

    private Views() {
    }

    static Map<String, Object> trajectory(Trajectory trajectory, boolean staff) {
        TrajectoryContent content = trajectory.content();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", trajectory.id());
        view.put("title", content.title());
        view.put("summary", content.summary());
        view.put("wijk", content.wijk());
        view.put("kind", Choice.word(content.kind()));
        view.put("status", Choice.word(trajectory.status()));
        view.put("capacity", content.capacity());
        view.put("placesLeft", trajectory.placesLeft());
        view.put("agreement", agreement(content.agreement()));
        view.put("agreementComplete", content.agreement().isComplete());
        view.put("panel", content.panel());
        view.put("publishedAt", trajectory.publishedAt());
        view.put("closedAt", trajectory.closedAt());
        view.put("feedback", trajectory.feedback());
        if (staff) {
            view.put("counts", trajectory.counts());
            view.put("createdAt", trajectory.createdAt());
            view.put("updatedAt", trajectory.updatedAt());
        }
        view.values().removeIf(value -> value == null);
        return view;
    }

    private static Map<String, Object> agreement(Agreement agreement) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subject", agreement.subject());
        view.put("decision", agreement.decision());
        view.put("decidedBy", agreement.decidedBy() == null ? null : Choice.word(agreement.decidedBy()));
        view.put("consultedBody", agreement.consultedBody());
        view.put("level", agreement.level() == null ? null : Choice.word(agreement.level()));
        view.put("openToInfluence", agreement.openToInfluence());
        view.put("fixed", agreement.fixed());
        view.put("signUpOpens", agreement.signUpOpens());
        view.put("signUpCloses", agreement.signUpCloses());
        view.put("decisionDate", agreement.decisionDate());
        view.put("feedbackDate", agreement.feedbackDate());
        view.put("feedbackMethod", agreement.feedbackMethod());
        view.put("contactName", agreement.contactName());
        view.put("contactEmail", agreement.contactEmail());
        view.put("contactPhone", agreement.contactPhone());
        view.values().removeIf(value -> value == null);
        return view;
    }

    /** The withdrawal token is in this answer only; we keep just its keyed hash. */
    static Map<String, Object> receipt(ParticipationService.SignUpReceipt receipt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", receipt.signUpId());
        view.put("trajectoryId", receipt.trajectoryId());
        view.put("status", Choice.word(receipt.status()));
        view.put("withdrawalToken", receipt.withdrawalToken());
        return view;
    }

    static Map<String, Object> signUp(SignUp signUp) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", signUp.id());
        view.put("status", Choice.word(signUp.status()));
        view.put("createdAt", signUp.createdAt());
        view.put("wijk", signUp.wijk());
        view.put("ageBand", signUp.ageBand() == null ? null : signUp.ageBand().label());
        if (signUp.person() != null) {
            view.put("name", signUp.person().name());
            view.put("email", signUp.person().email());
            view.put("phone", signUp.person().phone());
            if (!signUp.person().features().isEmpty()) {
                view.put("features", new TreeMap<>(signUp.person().features()));
            }
        }
        view.values().removeIf(value -> value == null);
        return view;
    }

    static Map<String, Object> published(PanelDesk.PublishedDraws published) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("poolClosesAt", published.poolClosesAt());
        view.put("seed", published.seed());
        view.put("draws", published.draws());
        view.values().removeIf(value -> value == null);
        return view;
    }

    /** A draw with each member's sign-up, for staff; a member whose data is erased shows the pseudonym only. */
    static Map<String, Object> staffDraw(PanelDesk.StaffDraw staffDraw) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (PanelDesk.PanelMember member : staffDraw.members()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("pseudonym", member.pseudonym());
            view.put("drawnThisTime", member.drawnThisTime());
            member.signUp().ifPresent(signUp -> view.put("signUp", signUp(signUp)));
            members.add(view);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("draw", staffDraw.draw());
        view.put("members", members);
        return view;
    }
}
