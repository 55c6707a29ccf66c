package nl.stadmaken.spreekuur.domain;

/** What a notification tells the resident; a change and a confirmation carry a new calendar request. */
public enum NoticeKind { CONFIRMATION, CHANGE, CANCELLATION, REMINDER }
