package nl.stadmaken.indicators.domain;

/** A text in Dutch and English, as every goal, question and indicator of the catalogue carries it. */
public record Labels(String nl, String en) {
}
