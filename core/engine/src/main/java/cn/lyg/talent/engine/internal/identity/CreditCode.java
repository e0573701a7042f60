package cn.lyg.talent.engine.internal.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code of GB 32100-2015: 18 characters over 0-9 and the capitals
 * without I, O, Z, S and V; the last is a MOD 31 check character.
 */
public final class CreditCode {

    public enum Defect {
        FORMAT, CHECK_CHARACTER
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static Optional<Defect> check(String code) {
        String c = normalize(code);
        if (c == null || c.length() != 18) {
            return Optional.of(Defect.FORMAT);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return Optional.of(Defect.FORMAT);
            }
        }
        // Characters 3-8 are the administrative division code of the registering authority.
        if (!c.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of(Defect.FORMAT);
        }
        return checkCharacter(c) == c.charAt(17) ? Optional.empty() : Optional.of(Defect.CHECK_CHARACTER);
    }

    /** The check character for the first 17 characters of {@code code}. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int value = 31 - sum % 31;
        return ALPHABET.charAt(value == 31 ? 0 : value);
    }
}
