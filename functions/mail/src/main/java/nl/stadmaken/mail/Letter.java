package nl.stadmaken.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.shared.mail.MailItem;

/**
 * One email, as an outbox item asks for it (see {@link MailItem}): read from the item's image on a table's stream,
 * which is in DynamoDB's JSON ({@code {"subject": {"S": "..."}}}).
 *
 * @param attachment null when the item has none
 */
record Letter(String senderName, String to, String subject, String text, Attachment attachment) {

    record Attachment(String name, String type, String content) {
    }

    /** The letter an item's new image asks for, or empty when it has no address or is not a complete mail. */
    static Optional<Letter> of(JsonTree image) {
        String to = string(image, MailItem.TO);
        String subject = string(image, MailItem.SUBJECT);
        String text = string(image, MailItem.TEXT);
        if (to == null || subject == null || text == null) {
            return Optional.empty();
        }
        String attachment = string(image, MailItem.ATTACHMENT);
        return Optional.of(new Letter(string(image, MailItem.SENDER_NAME), to, subject, text, attachment == null ? null
                : new Attachment(string(image, MailItem.ATTACHMENT_NAME), string(image, MailItem.ATTACHMENT_TYPE), attachment)));
    }

    /**
     * The From header: the sender's name with the one verified address. A name that is not plain ASCII is written as
     * an RFC 2047 encoded word, as mail headers require.
     */
    String from(String address) {
        if (senderName == null || senderName.isBlank()) {
            return address;
        }
        boolean plain = senderName.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
        String name = plain ? '"' + senderName + '"'
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(senderName.getBytes(StandardCharsets.UTF_8)) + "?=";
        return name + " <" + address + ">";
    }

    private static String string(JsonTree image, String attribute) {
        return image.path(attribute).path("S").asText(null);
    }
}
