package nl.stadmaken.indicators.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where survey rounds, their tokens and the responses are kept. */
public interface SurveyStore {

    /** False if a round with this id exists. */
    boolean createRound(SurveyRound round);

    Optional<SurveyRound> round(String id);

    List<SurveyRound> rounds();

    boolean closeRound(String id, Instant now);

    void addTokens(String roundId, List<String> tokenHashes);

    /** Stores the response, using up the token in the same write if one is given; false if that token is not there. */
    boolean saveResponse(SurveyResponse response, String tokenHash);
}
