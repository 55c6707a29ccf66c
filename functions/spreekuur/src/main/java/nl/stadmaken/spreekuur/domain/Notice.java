package nl.stadmaken.spreekuur.domain;

import java.time.Instant;

/**
 * A message to a resident waiting in the outbox: where it goes, what it says and the calendar file it carries.
 * It holds personal data, so it expires with the booking's retention.
 */
public record Notice(String id, NoticeKind kind, String bookingId, String email, String phone, String subject,
                     String text, String calendar, Instant createdAt, Instant expiresAt) {
}
