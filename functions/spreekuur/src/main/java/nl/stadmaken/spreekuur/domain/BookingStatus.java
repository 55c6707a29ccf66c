package nl.stadmaken.spreekuur.domain;

public enum BookingStatus { BOOKED, CANCELLED }
