package cn.lyg.talent.api.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class VerdictTest {
    private static final Verdict A = Verdict.refused("A", "a", "甲", "A");
    private static final Verdict B = Verdict.refused("B", "乙", "B");
    private static final Verdict C = Verdict.refused("C", "c", "丙", "C");

    private static List<String> codes(Verdict v) {
        return v.reasons().stream().map(Verdict::code).toList();
    }

    @Test
    public void eligibleOnlyWhenEveryPartIs() {
        assertTrue(Verdict.eligible().and(Verdict.eligible()).isEligible());
        assertTrue(Verdict.eligible().reasons().isEmpty());
        assertSame(A, A.and(Verdict.eligible()).and(null));
        assertSame(B, Verdict.eligible().and(B));
        assertFalse(Verdict.eligible().and(A).isEligible());
    }

    @Test
    public void reasonsKeepTheirOrderAndTheFirstSpeaksForTheWhole() {
        Verdict all = A.and(B).and(Verdict.eligible()).and(C);
        assertEquals(List.of("A", "B", "C"), codes(all));
        assertEquals("A", all.code());
        assertEquals("a", all.field());
        assertEquals("甲", all.reasonZh());
        // Each reason is a single one, with its own field.
        assertEquals(List.of("B"), codes(all.reasons().get(1)));
        assertEquals(null, all.reasons().get(1).field());
        assertEquals("c", all.reasons().get(2).field());
        // Combined verdicts combine their reasons, not themselves.
        assertEquals(List.of("A", "B", "C", "A"), codes(A.and(B).and(C.and(A))));
        assertEquals(List.of("A"), codes(A));
    }
}
