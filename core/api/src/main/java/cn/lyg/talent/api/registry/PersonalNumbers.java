package cn.lyg.talent.api.registry;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Numbers that belong to a person rather than to a thing: a talent's identity document or phone,
 * any valid identity number of GB 11643, any mainland mobile number. A plugin that records a
 * number of its own (a card's, a permit's) refuses these: its number may be shown unmasked (at a
 * scenic-area gate, on a ticket), where design.md section 6 masks identity and phone numbers
 * everywhere else.
 * <p>
 * In the API so that every plugin, the city's and a county's, judges a number alike.
 *
 * @since 1.2
 */
public final class PersonalNumbers {
    /** Mainland mobile numbers: eleven digits, 13 to 19 first. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PersonalNumbers() {
    }

    /**
     * Whether {@code number} is {@code holder}'s document or phone (landlines included), a valid
     * identity number on {@code today}, or a mainland mobile, with or without China's country
     * code (86 or 0086).
     */
    public static boolean isPersonal(String number, Talent holder, LocalDate today) {
        if (number == null || number.isBlank()) {
            return false;
        }
        String given = ResidentIdNumber.normalize(number);
        String phone = holder == null || holder.phone == null ? ""
                : withoutCountryCode(holder.phone.replaceAll("[^0-9]", ""));
        String document = holder == null || holder.document == null ? null
                : ResidentIdNumber.normalize(holder.document.number);
        String national = withoutCountryCode(given);
        return given.equals(document) || national.equals(phone) || MOBILE.matcher(national).matches()
                || ResidentIdNumber.check(given, today).isEmpty();
    }

    /** A mobile number without China's country code (86 or 0086 before it). */
    private static String withoutCountryCode(String digits) {
        return digits.replaceFirst("^(0086|86)(?=1\\d{10}$)", "");
    }
}
