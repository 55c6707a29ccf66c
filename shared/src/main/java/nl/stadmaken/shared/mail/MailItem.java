package nl.stadmaken.shared.mail;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes by which an outbox item asks to be mailed. A function that tells residents something writes them on
 * its outbox item, in the same write as the change it reports; the mail function reads them from the table's stream
 * and sends one email per item. Items without {@link #TO} (a resident who gave only a phone number) are not mailed.
 */
public final class MailItem {

    /** The resident's address. */
    public static final String TO = "email";
    /** Who the mail is from, as the resident sees it, e.g. "Spreekuur gemeente Haarlem"; the address is the sender's. */
    public static final String SENDER_NAME = "senderName";
    public static final String SUBJECT = "subject";
    public static final String TEXT = "text";
    /** An optional attachment, as text: its file name, its content type and its content. */
    public static final String ATTACHMENT_NAME = "attachmentName";
    public static final String ATTACHMENT_TYPE = "attachmentType";
    public static final String ATTACHMENT = "attachment";

    private MailItem() {
    }

    /** Puts a mail without attachment on {@code item}; {@code to} may be null (then nothing is sent). */
    public static void put(Map<String, AttributeValue> item, String senderName, String to, String subject, String text) {
        if (to != null) {
            item.put(TO, AttributeValue.fromS(to));
        }
        item.put(SENDER_NAME, AttributeValue.fromS(senderName));
        item.put(SUBJECT, AttributeValue.fromS(subject));
        item.put(TEXT, AttributeValue.fromS(text));
    }

    /** Puts a mail with a text attachment, such as a calendar file, on {@code item}. */
    public static void put(Map<String, AttributeValue> item, String senderName, String to, String subject, String text,
                           String attachmentName, String attachmentType, String attachment) {
        put(item, senderName, to, subject, text);
        item.put(ATTACHMENT_NAME, AttributeValue.fromS(attachmentName));
        item.put(ATTACHMENT_TYPE, AttributeValue.fromS(attachmentType));
        item.put(ATTACHMENT, AttributeValue.fromS(attachment));
    }
}
