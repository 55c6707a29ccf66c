package nl.stadmaken.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stadmaken.budget.domain.BallotKind;
import nl.stadmaken.budget.domain.Proposal;
import nl.stadmaken.budget.domain.Round;

/** How rounds and proposals look in JSON; codes as CSV for a mail merge. Never a count while voting is open. */
final class RoundViews {

    private RoundViews() {
    }

    static Map<String, Object> round(Round round) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", round.id());
        view.put("title", round.title());
        view.put("area", round.area());
        view.put("budgetCents", round.budgetCents());
        switch (round.ballotKind()) {
            case BallotKind.Approval approval -> {
                view.put("ballotKind", "approval");
                view.put("minChoices", approval.min());
                view.put("maxChoices", approval.max());
            }
            case BallotKind.Knapsack knapsack -> {
                view.put("ballotKind", "knapsack");
                view.put("minSpendPercent", knapsack.minSpendPercent());
            }
        }
        view.put("opensAt", round.opensAt());
        view.put("closesAt", round.closesAt());
        view.put("tallyRule", round.tallyRule().word());
        view.put("allowReplace", round.allowReplace());
        view.put("status", round.status().name().toLowerCase(Locale.ROOT));
        view.values().removeIf(value -> value == null);
        return view;
    }

    static Map<String, Object> roundWithProposals(Round round, List<Proposal> proposals) {
        Map<String, Object> view = round(round);
        view.put("proposals", proposals.stream().map(RoundViews::proposal).toList());
        return view;
    }

    static Map<String, Object> proposal(Proposal proposal) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", proposal.id());
        view.put("title", proposal.title());
        view.put("summary", proposal.summary());
        view.put("costCents", proposal.costCents());
        view.put("wijk", proposal.wijk());
        view.put("initiator", proposal.initiator());
        view.values().removeIf(value -> value == null);
        return view;
    }

    /** One code a line with a sequence number, ready for a mail merge; the codes exist nowhere else. */
    static String codesCsv(List<String> codes) {
        StringBuilder csv = new StringBuilder("\"nummer\",\"stemcode\"\r\n");
        for (int i = 0; i < codes.size(); i++) {
            csv.append('"').append(i + 1).append("\",\"").append(codes.get(i)).append("\"\r\n");
        }
        return csv.toString();
    }
}
