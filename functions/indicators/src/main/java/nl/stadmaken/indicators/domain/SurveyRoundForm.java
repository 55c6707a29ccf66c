package nl.stadmaken.indicators.domain;

/** What staff send to open a survey round; dates as {@code YYYY-MM-DD}. */
public record SurveyRoundForm(String id, String title, String opensOn, String closesOn, Boolean tokensRequired) {
}
