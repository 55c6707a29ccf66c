package nl.stadmaken.participation.panel;

import java.time.Instant;

/**
 * A message to a drawn member, waiting to be sent. It holds name and email, so it expires with the sign-up's data.
 * Subject and text are the {@link PanelLetter} that is mailed.
 *
 * @param kind {@code panel-selected} or {@code panel-replacement}
 */
public record OutboxMessage(int drawNumber, String member, String signUpId, String kind, String name, String email,
                            String trajectoryTitle, String subject, String text, Instant createdAt, Instant expiresAt) {

    public static final String SELECTED = "panel-selected";
    public static final String REPLACEMENT = "panel-replacement";
}
