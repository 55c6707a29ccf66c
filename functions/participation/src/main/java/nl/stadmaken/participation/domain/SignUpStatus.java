package nl.stadmaken.participation.domain;

public enum SignUpStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN
}
