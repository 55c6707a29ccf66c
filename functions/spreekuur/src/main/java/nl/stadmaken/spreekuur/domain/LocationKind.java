package nl.stadmaken.spreekuur.domain;

/** Where a conversation takes place; the participatiebankje is a bench in the street. */
public enum LocationKind { STADHUIS, WIJK, PARTICIPATIEBANKJE, ONLINE }
