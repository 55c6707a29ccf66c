package nl.stadmaken.indicators.domain;

import java.util.Map;

/** One filled-in survey: the respondent's group, answers per question id, and optionally wijk, age band and token. */
public record SurveyResponseForm(String round, String token, String group, Map<String, Integer> answers, String wijk,
                                 String ageBand) {
}
