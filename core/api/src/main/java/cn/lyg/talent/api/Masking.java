package cn.lyg.talent.api;

/**
 * Masks identity and phone numbers for lists, logs and anything but a full, audited read
 * (design.md section 6), the same way in core and in every plugin.
 *
 * @since 1.4
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Keeps the first four and last four characters of an 18-character number (the province
     * and city, and the sequence and check), the first and last two of shorter documents.
     */
    public static String documentNumber(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        int keep = number.length() >= 15 ? 4 : number.length() >= 8 ? 2 : 1;
        return keepEnds(number, keep, keep);
    }

    /** Keeps the first three and last four digits of a phone number (138****5678). */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        String digits = phone.replaceAll("[\\s-]", "");
        if (digits.length() < 8) {
            return keepEnds(digits, 1, 1);
        }
        return keepEnds(digits, 3, 4);
    }

    /** Keeps {@code head} characters at the start and {@code tail} at the end; all stars when that is everything. */
    public static String keepEnds(String s, int head, int tail) {
        if (s.length() <= head + tail) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
