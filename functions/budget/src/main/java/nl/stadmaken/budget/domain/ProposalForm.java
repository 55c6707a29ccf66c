package nl.stadmaken.budget.domain;

import nl.stadmaken.shared.problem.FieldCheck;

/** A proposal as staff send it; {@code id} (lower-case words with hyphens) is optional and fixed once given. */
public record ProposalForm(String id, String title, String summary, Long costCents, String wijk, String initiator) {

    public Proposal toProposal(String id, String roundId, FieldCheck check) {
        String checkedTitle = check.text("title", title, 200, true);
        String checkedSummary = check.text("summary", summary, 4000, false);
        if (costCents == null) {
            check.add("costCents", "required: the cost in euro cents");
        } else {
            check.check(costCents > 0 && costCents <= RoundForm.MAX_CENTS, "costCents", "must be from 1 to " + RoundForm.MAX_CENTS + " cents");
        }
        return new Proposal(id, roundId, checkedTitle, checkedSummary, costCents == null ? 0 : costCents,
                check.text("wijk", wijk, 100, false), check.text("initiator", initiator, 200, false));
    }
}
