package cn.lyg.talent.api.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.Test;

import cn.lyg.talent.api.registry.ResidentIdNumber.Defect;

/** GB 11643-1999 checks (facts: shared/data/cn-working-days.md, "Identifier formats"). */
public class ResidentIdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    public void publishedExamplesPass() {
        assertEquals(Optional.empty(), ResidentIdNumber.check("11010519491231002X", TODAY));
        assertEquals(Optional.empty(), ResidentIdNumber.check("440524188001010014", TODAY));
    }

    @Test
    public void lowerCaseXIsNormalized() {
        assertEquals(Optional.empty(), ResidentIdNumber.check("11010519491231002x", TODAY));
        assertEquals("11010519491231002X", ResidentIdNumber.normalize(" 11010519491231002x "));
    }

    @Test
    public void checkCharacterXIsComputed() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
    }

    @Test
    public void wrongCheckCharacterIsRefused() {
        assertEquals(Optional.of(Defect.CHECK_CHARACTER), ResidentIdNumber.check("110105194912310021", TODAY));
        assertEquals(Optional.of(Defect.CHECK_CHARACTER), ResidentIdNumber.check("440524188001010015", TODAY));
    }

    @Test
    public void transposedDigitsAreCaught() {
        // A typical typing error: two neighbouring digits swapped.
        assertEquals(Optional.of(Defect.CHECK_CHARACTER), ResidentIdNumber.check("11010519491231020X", TODAY));
    }

    @Test
    public void abolished2014DivisionCodesStillBeginValidCards() {
        // 320705 Xinpu District and 320721 Ganyu County were abolished in 2014; older cards stay valid.
        String xinpu = withCheck("32070519800101001");
        String ganyu = withCheck("32072119751212002");
        assertEquals(Optional.empty(), ResidentIdNumber.check(xinpu, TODAY));
        assertEquals(Optional.empty(), ResidentIdNumber.check(ganyu, TODAY));
        assertEquals("320705", ResidentIdNumber.addressCode(xinpu));
    }

    @Test
    public void birthDateMustBeARealDateNotInTheFuture() {
        assertEquals(Optional.of(Defect.BIRTH_DATE), ResidentIdNumber.check(withCheck("32070719810229001"), TODAY));
        assertEquals(Optional.of(Defect.BIRTH_DATE), ResidentIdNumber.check(withCheck("32070720270101001"), TODAY));
        assertEquals(Optional.empty(), ResidentIdNumber.check(withCheck("32070720000229001"), TODAY));
        assertEquals(LocalDate.of(2000, 2, 29), ResidentIdNumber.birthDate(withCheck("32070720000229001")).get());
    }

    @Test
    public void unknownProvinceIsRefused() {
        assertEquals(Optional.of(Defect.PROVINCE), ResidentIdNumber.check(withCheck("99070719800101001"), TODAY));
    }

    @Test
    public void legacyFifteenDigitNumbersAreNamed() {
        assertEquals(Optional.of(Defect.LEGACY_15), ResidentIdNumber.check("320705800101001", TODAY));
    }

    @Test
    public void malformedNumbersAreFormatErrors() {
        for (String bad : new String[] {null, "", "1101051949123100", "11010519491231002XX", "1101051949123100AX"}) {
            assertEquals(bad, Optional.of(Defect.FORMAT), ResidentIdNumber.check(bad, TODAY));
        }
    }

    @Test
    public void genderFollowsTheSeventeenthDigit() {
        assertEquals(Gender.FEMALE, ResidentIdNumber.gender("11010519491231002X"));
        assertEquals(Gender.MALE, ResidentIdNumber.gender("440524188001010014"));
        assertTrue(ResidentIdNumber.gender(withCheck("32070519800101001")) == Gender.MALE);
    }
}
