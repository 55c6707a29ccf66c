package nl.stadmaken.spreekuur.domain;

/** The college member's office. */
public enum Role { BURGEMEESTER, WETHOUDER }
