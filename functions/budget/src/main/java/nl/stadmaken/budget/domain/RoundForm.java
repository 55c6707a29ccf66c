package nl.stadmaken.budget.domain;

import java.time.Instant;
import java.util.regex.Pattern;
import nl.stadmaken.shared.problem.FieldCheck;

/** A round as staff send it; {@link #toRound} checks every field and names each one that is wrong. */
public record RoundForm(
        String id,
        String title,
        String area,
        Long budgetCents,
        String ballotKind,
        Integer minChoices,
        Integer maxChoices,
        Integer minSpendPercent,
        String opensAt,
        String closesAt,
        String tallyRule,
        Boolean allowReplace) {

    public static final Pattern ID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$");
    /** A city's whole budget fits many times over; anything larger is a typing error. */
    static final long MAX_CENTS = 100_000_000_000L;

    public Round toRound(String givenId, Instant now, FieldCheck check) {
        String checkedTitle = check.text("title", title, 200, true);
        String checkedArea = check.text("area", area, 100, false);
        if (budgetCents == null) {
            check.add("budgetCents", "required: the budget in euro cents");
        } else {
            check.check(budgetCents > 0 && budgetCents <= MAX_CENTS, "budgetCents", "must be from 1 to " + MAX_CENTS + " cents");
        }
        BallotKind kind = ballotKind(check);
        Instant opens = check.instant("opensAt", opensAt);
        Instant closes = check.instant("closesAt", closesAt);
        check.check(opens != null, "opensAt", "required");
        check.check(closes != null, "closesAt", "required");
        if (opens != null && closes != null) {
            check.check(closes.isAfter(opens), "closesAt", "must be after opensAt");
        }
        TallyChoice rule = tallyRule == null ? TallyChoice.EQUAL_SHARES
                : check.choice("tallyRule", tallyRule, word -> TallyChoice.of(word).orElse(null), "greedy, equal-shares, equal-shares-greedy", true);
        return new Round(givenId, checkedTitle, checkedArea, budgetCents == null ? 0 : budgetCents, kind, opens, closes,
                rule, allowReplace == null || allowReplace, RoundStatus.DRAFT, now);
    }

    private BallotKind ballotKind(FieldCheck check) {
        String kind = ballotKind == null ? "approval" : ballotKind;
        return switch (kind) {
            case "approval" -> {
                Integer min = check.range("minChoices", minChoices == null ? 1 : minChoices, 1, 1000, true);
                Integer max = check.range("maxChoices", maxChoices, 1, 1000, true);
                check.check(minSpendPercent == null, "minSpendPercent", "only for knapsack ballots");
                if (min != null && max != null) {
                    check.check(max >= min, "maxChoices", "must be at least minChoices");
                }
                yield new BallotKind.Approval(min == null ? 1 : min, max == null ? 1 : max);
            }
            case "knapsack" -> {
                Integer share = check.range("minSpendPercent", minSpendPercent == null ? 0 : minSpendPercent, 0, 100, true);
                check.check(minChoices == null && maxChoices == null, "maxChoices", "only for approval ballots");
                yield new BallotKind.Knapsack(share == null ? 0 : share);
            }
            default -> {
                check.add("ballotKind", "must be one of: approval, knapsack");
                yield new BallotKind.Approval(1, 1);
            }
        };
    }
}
