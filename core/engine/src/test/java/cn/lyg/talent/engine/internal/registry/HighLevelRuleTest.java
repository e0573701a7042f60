package cn.lyg.talent.engine.internal.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.engine.internal.store.CertificationEntity;

/** Art.3: high-level means a class A-D certification valid on the date. */
public class HighLevelRuleTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 2, 28);

    private static CertificationEntity cert(TalentClass c, LocalDate from, LocalDate until) {
        CertificationEntity e = new CertificationEntity();
        e.talentClass = c;
        e.validFrom = from;
        e.validUntil = until;
        return e;
    }

    @Test
    public void art3ValidityIncludesBothEnds() {
        List<CertificationEntity> d = List.of(cert(TalentClass.D, FROM, UNTIL));
        assertFalse(HighLevelRule.isHighLevel(d, FROM.minusDays(1)));
        assertTrue(HighLevelRule.isHighLevel(d, FROM));
        assertTrue(HighLevelRule.isHighLevel(d, UNTIL));
        assertFalse(HighLevelRule.isHighLevel(d, UNTIL.plusDays(1)));
    }

    @Test
    public void art3OpenEndedCertificationStaysValid() {
        List<CertificationEntity> b = List.of(cert(TalentClass.B, FROM, null));
        assertTrue(HighLevelRule.isHighLevel(b, LocalDate.of(2040, 1, 1)));
    }

    @Test
    public void art3ClassEIsRegisteredButNotHighLevel() {
        List<CertificationEntity> e = List.of(cert(TalentClass.E, FROM, null));
        assertEquals(Optional.of(TalentClass.E), HighLevelRule.classOn(e, FROM));
        assertFalse(HighLevelRule.isHighLevel(e, FROM));
    }

    @Test
    public void art3ClassDIsTheLowestHighLevelClass() {
        assertTrue(TalentClass.D.isHighLevel());
        assertFalse(TalentClass.E.isHighLevel());
        assertTrue(TalentClass.A.isHighLevel());
    }

    @Test
    public void art3RecertificationAddsAndTheBestValidClassCounts() {
        // An expired class C, then class E from the day after, then class D later.
        List<CertificationEntity> history = List.of(cert(TalentClass.C, FROM, UNTIL),
                cert(TalentClass.E, UNTIL.plusDays(1), null), cert(TalentClass.D, LocalDate.of(2027, 6, 1), null));
        assertEquals(Optional.of(TalentClass.C), HighLevelRule.classOn(history, UNTIL));
        assertEquals(Optional.of(TalentClass.E), HighLevelRule.classOn(history, UNTIL.plusDays(1)));
        assertFalse(HighLevelRule.isHighLevel(history, LocalDate.of(2027, 5, 31)));
        assertEquals(Optional.of(TalentClass.D), HighLevelRule.classOn(history, LocalDate.of(2027, 6, 1)));
    }

    @Test
    public void art42ClassCOrAboveComparison() {
        assertTrue(TalentClass.C.isAtLeast(TalentClass.C));
        assertTrue(TalentClass.A.isAtLeast(TalentClass.C));
        assertFalse(TalentClass.D.isAtLeast(TalentClass.C));
    }

    @Test
    public void noCertificationIsNotHighLevel() {
        assertFalse(HighLevelRule.isHighLevel(List.of(), FROM));
        assertEquals(Optional.empty(), HighLevelRule.classOn(List.of(), FROM));
    }
}
