package nl.stadmaken.indicators.domain;

/** One QSLD question; its official wording is not at hand, so the labels describe the goal it measures. */
public record Question(String id, Labels labels, AnswerScale scale) {
}
