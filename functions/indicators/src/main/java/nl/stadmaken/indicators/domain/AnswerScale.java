package nl.stadmaken.indicators.domain;

/** The answers a question allows: whole numbers from {@code min} to {@code max} on a scale of {@code type}. */
public record AnswerScale(String type, int min, int max) {

    public boolean allows(int answer) {
        return answer >= min && answer <= max;
    }
}
