package cn.lyg.talent.engine.internal.identity;

import static org.junit.Assert.assertEquals;

import java.util.Optional;

import org.junit.Test;

import cn.lyg.talent.engine.internal.identity.CreditCode.Defect;

/** GB 32100-2015 unified social credit code checks. */
public class CreditCodeTest {

    @Test
    public void publishedExamplePasses() {
        assertEquals(Optional.empty(), CreditCode.check("91512081MA62K0260E"));
        assertEquals('E', CreditCode.checkCharacter("91512081MA62K0260"));
    }

    @Test
    public void lowerCaseIsNormalized() {
        assertEquals(Optional.empty(), CreditCode.check("91512081ma62k0260e"));
    }

    @Test
    public void wrongCheckCharacterIsRefused() {
        assertEquals(Optional.of(Defect.CHECK_CHARACTER), CreditCode.check("91512081MA62K0260A"));
    }

    @Test
    public void lettersNeverUsedAreFormatErrors() {
        for (char c : new char[] {'I', 'O', 'Z', 'S', 'V'}) {
            assertEquals(String.valueOf(c), Optional.of(Defect.FORMAT), CreditCode.check("91512081M" + c + "62K0260E"));
        }
    }

    @Test
    public void lengthAndDivisionDigitsAreChecked() {
        assertEquals(Optional.of(Defect.FORMAT), CreditCode.check("91512081MA62K0260"));
        assertEquals(Optional.of(Defect.FORMAT), CreditCode.check(null));
        assertEquals(Optional.of(Defect.FORMAT), CreditCode.check("915A2081MA62K0260E"));
    }

    @Test
    public void checkValueThirtyOneBecomesZero() {
        // The 17th weight (28) is coprime with 31, so exactly one 17th character makes the
        // weighted sum a multiple of 31; its check value 31 must be written as '0'.
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String found = null;
        for (char c : alphabet.toCharArray()) {
            String body = "9132070031234567" + c;
            if (CreditCode.checkCharacter(body) == '0') {
                assertEquals(null, found);
                found = body;
            }
        }
        assertEquals(Optional.empty(), CreditCode.check(found + "0"));
    }
}
