package nl.stadmaken.indicators.domain;

import java.time.Instant;
import java.util.Map;

/** A checked survey response as it is stored: no name, no contact details, no token. */
public record SurveyResponse(String id, String round, String group, Map<String, Integer> answers, String wijk,
                             String ageBand, Instant submittedAt) {

    public SurveyResponse {
        answers = Map.copyOf(answers);
    }
}
