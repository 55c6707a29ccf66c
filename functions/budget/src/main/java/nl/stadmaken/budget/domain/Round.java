package nl.stadmaken.budget.domain;

import java.time.Instant;

/**
 * A budget round (wijkbegroting): residents of an area divide {@code budgetCents} over proposals. Money is whole
 * euro cents throughout; the voting window is fixed once the round opens, so a ballot can be checked against it
 * with one conditional write.
 */
public record Round(
        String id,
        String title,
        String area,
        long budgetCents,
        BallotKind ballotKind,
        Instant opensAt,
        Instant closesAt,
        TallyChoice tallyRule,
        boolean allowReplace,
        RoundStatus status,
        Instant createdAt) {

    public boolean acceptsBallots(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Round withStatus(RoundStatus next) {
        return new Round(id, title, area, budgetCents, ballotKind, opensAt, closesAt, tallyRule, allowReplace, next, createdAt);
    }
}
