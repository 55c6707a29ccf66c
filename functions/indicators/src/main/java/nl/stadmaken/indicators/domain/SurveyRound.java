package nl.stadmaken.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period in which the survey is answered (a zero measurement, a yearly round). Responses are taken only while it is
 * open: not closed by staff, and today (city time) within its dates. With {@code tokensRequired} each response needs
 * one of the round's single-use tokens, for rounds sent to a panel.
 */
public record SurveyRound(String id, String title, LocalDate opensOn, LocalDate closesOn, boolean tokensRequired,
                          boolean closed, Instant createdAt) {

    public boolean isOpenOn(LocalDate day) {
        return !closed && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
