package cn.lyg.talent.api.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-character citizen identity number of GB 11643-1999: 6-digit address code, birth date
 * YYYYMMDD, 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 *
 * <p>The address code is checked only down to the province: codes abolished in later reforms
 * (such as 320705 Xinpu and 320721 Ganyu, 2014) still begin valid cards issued before.
 * HK/Macao and Taiwan residence permits use the same format with 810000, 820000 and 830000.
 *
 * <p>In the API so that core and plugins judge a number alike (a plugin refusing an identity
 * number typed where a card number belongs, for one).
 *
 * @since 1.1
 */
public final class ResidentIdNumber {

    /** Why a number is not valid; the name is the stable error code's suffix. */
    public enum Defect {
        FORMAT, LEGACY_15, PROVINCE, BIRTH_DATE, CHECK_CHARACTER
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    /** Guards against typos like 1049 while accepting the standard's own example (1880). */
    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x and strips surrounding blanks. */
    public static String normalize(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** The first defect of {@code number} judged on {@code today}, or empty when it is valid. */
    public static Optional<Defect> check(String number, LocalDate today) {
        String n = normalize(number);
        if (n == null) {
            return Optional.of(Defect.FORMAT);
        }
        if (n.length() == 15 && n.chars().allMatch(Character::isDigit)) {
            // 1989 format: no check character, 2-digit year; first-generation cards expired in 2013.
            return Optional.of(Defect.LEGACY_15);
        }
        if (!n.matches("\\d{17}[\\dX]")) {
            return Optional.of(Defect.FORMAT);
        }
        if (!PROVINCES.contains(n.substring(0, 2))) {
            return Optional.of(Defect.PROVINCE);
        }
        Optional<LocalDate> birth = parseBirthDate(n);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST) || birth.get().isAfter(today)) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (checkCharacter(n) != n.charAt(17)) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits of {@code number}. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** The birth date a well-formed number carries. */
    public static Optional<LocalDate> birthDate(String number) {
        String n = normalize(number);
        return n == null || n.length() != 18 ? Optional.empty() : parseBirthDate(n);
    }

    /** The gender a well-formed number carries: odd sequence for men, even for women. */
    public static Gender gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The 6-digit address code. */
    public static String addressCode(String number) {
        return number.substring(0, 6);
    }

    private static Optional<LocalDate> parseBirthDate(String n) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(n.substring(6, 10)),
                    Integer.parseInt(n.substring(10, 12)), Integer.parseInt(n.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
