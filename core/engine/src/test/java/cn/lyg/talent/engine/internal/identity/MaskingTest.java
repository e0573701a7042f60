package cn.lyg.talent.engine.internal.identity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

import cn.lyg.talent.api.Masking;

/** Identity and phone numbers are masked in lists (design.md section 6). */
public class MaskingTest {

    @Test
    public void residentIdKeepsProvinceCityAndLastFour() {
        assertEquals("1101**********002X", Masking.documentNumber("11010519491231002X"));
    }

    @Test
    public void shortDocumentsKeepTwoEachEnd() {
        assertEquals("E1*****78", Masking.documentNumber("E12345678"));
    }

    @Test
    public void mobileKeepsThreeAndFour() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("051*****3456", Masking.phone("0518-85123456"));
    }

    @Test
    public void nothingToMask() {
        assertNull(Masking.phone(null));
        assertEquals("", Masking.documentNumber(""));
        assertEquals("1**4", Masking.phone("1234"));
    }

    @Test
    public void maskedNeverContainsTheBirthDate() {
        String masked = Masking.documentNumber("32070519800101001X");
        assertEquals(-1, masked.indexOf("19800101"));
    }
}
