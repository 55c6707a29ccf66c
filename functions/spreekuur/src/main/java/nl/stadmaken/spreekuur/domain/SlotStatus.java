package nl.stadmaken.spreekuur.domain;

public enum SlotStatus { OPEN, CANCELLED }
