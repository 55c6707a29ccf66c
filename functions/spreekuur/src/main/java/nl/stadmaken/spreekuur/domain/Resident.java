package nl.stadmaken.spreekuur.domain;

/**
 * Who a conversation is with and about: personal data, kept until the retention date and erased on cancellation.
 * {@code accessibility} and {@code interpreter} are needs the host prepares for.
 */
public record Resident(String name, String email, String phone, String topic, String wijk, String accessibility,
                       String interpreter) {

    /** The contact a resident is known by: the email address, or else the phone number's digits. */
    public String contactKey() {
        if (email != null) {
            return "email:" + email;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("0031")) {
            digits = "0" + digits.substring(4);
        } else if (phone.strip().startsWith("+31")) {
            digits = "0" + digits.substring(2);
        }
        return "phone:" + digits;
    }
}
