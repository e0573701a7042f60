package cn.lyg.talent.api.registry;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

/** A number a plugin records as its own must not be a person's (design.md section 6). */
public class PersonalNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Talent holder() {
        Talent t = new Talent();
        t.document = new IdentityDocument(DocumentType.PASSPORT, "E12345678");
        t.phone = "0518-85821234";
        return t;
    }

    @Test
    public void theHoldersOwnNumbersAnyIdentityNumberAndAnyMobileArePersonal() {
        assertTrue(PersonalNumbers.isPersonal("e12345678", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("051885821234", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("11010519491231002x", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("13912345678", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("8613912345678", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("008613912345678", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("139-1234-5678", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("+86 139 1234 5678", holder(), TODAY));
        assertTrue(PersonalNumbers.isPersonal("0518-8582-1234", holder(), TODAY));
        // The first generation's 15 digits.
        assertTrue(PersonalNumbers.isPersonal("110105491231002", holder(), TODAY));
    }

    @Test
    public void cardNumbersAreNot() {
        assertFalse(PersonalNumbers.isPersonal("DH12345678", holder(), TODAY));
        assertFalse(PersonalNumbers.isPersonal("LYG2026000001", holder(), TODAY));
        // Eighteen characters that fail the check character are no identity number.
        assertFalse(PersonalNumbers.isPersonal("110105194912310021", holder(), TODAY));
        assertFalse(PersonalNumbers.isPersonal("12345678901", null, TODAY));
        assertFalse(PersonalNumbers.isPersonal(" ", holder(), TODAY));
        // Fifteen digits that are no first-generation identity number (no province 99, no month 13).
        assertFalse(PersonalNumbers.isPersonal("990105491231002", holder(), TODAY));
        assertFalse(PersonalNumbers.isPersonal("110105491331002", holder(), TODAY));
    }
}
