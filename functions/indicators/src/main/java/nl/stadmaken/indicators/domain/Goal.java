package nl.stadmaken.indicators.domain;

import java.util.List;

/** An operational goal of the programme and the QSLD questions that measure it (the programme's own mapping). */
public record Goal(String id, Labels labels, List<String> questions) {

    public Goal {
        questions = List.copyOf(questions);
    }
}
