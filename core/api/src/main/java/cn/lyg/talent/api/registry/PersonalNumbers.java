package cn.lyg.talent.api.registry;

import java.time.LocalDate;
import java.util.Optional;
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
     * identity number on {@code today} or one of the old 15 digits, or a mainland mobile, with or
     * without China's country code (86 or 0086), separators ignored.
     */
    public static boolean isPersonal(String number, Talent holder, LocalDate today) {
        if (number == null || number.isBlank()) {
            return false;
        }
        String given = ResidentIdNumber.normalize(number);
        // Typed with separators ("139-1234-5678", "+86 139…") a number is still the same number.
        String bare = given.replaceAll("[^0-9A-Z]", "");
        String phone = holder == null || holder.phone == null ? ""
                : withoutCountryCode(holder.phone.replaceAll("[^0-9]", ""));
        String document = holder == null || holder.document == null ? null
                : ResidentIdNumber.normalize(holder.document.number).replaceAll("[^0-9A-Z]", "");
        String national = withoutCountryCode(bare);
        Optional<ResidentIdNumber.Defect> defect = ResidentIdNumber.check(bare, today);
        return bare.equals(document) || national.equals(phone) || MOBILE.matcher(national).matches()
                || defect.isEmpty() || defect.get() == ResidentIdNumber.Defect.LEGACY_15 && isLegacyIdentity(bare, today);
    }

    /**
     * A first-generation 15-digit identity number: valid once written in today's 18 characters
     * (the century 19 inserted before the birth date, the check character added), as the public
     * security bureaus convert it. Other 15-digit numbers, a card's say, are not.
     */
    private static boolean isLegacyIdentity(String fifteen, LocalDate today) {
        String seventeen = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        return ResidentIdNumber.check(seventeen + ResidentIdNumber.checkCharacter(seventeen + "0"), today).isEmpty();
    }

    /** A mobile number without China's country code (86 or 0086 before it). */
    private static String withoutCountryCode(String digits) {
        return digits.replaceFirst("^(0086|86)(?=1\\d{10}$)", "");
    }
}
