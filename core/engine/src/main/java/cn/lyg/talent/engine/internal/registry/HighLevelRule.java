package cn.lyg.talent.engine.internal.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.engine.internal.store.CertificationEntity;

/**
 * Art.3: a talent is high-level on a date when a certification of class A-D is valid on that
 * date. Validity includes both ends: from {@code validFrom} through {@code validUntil}
 * (open-ended when null).
 */
public final class HighLevelRule {

    private HighLevelRule() {
    }

    public static boolean isValidOn(CertificationEntity c, LocalDate date) {
        return !date.isBefore(c.validFrom) && (c.validUntil == null || !date.isAfter(c.validUntil));
    }

    /** The best class among certifications valid on {@code date}. */
    public static Optional<TalentClass> classOn(Collection<CertificationEntity> certifications, LocalDate date) {
        TalentClass best = null;
        for (CertificationEntity c : certifications) {
            if (isValidOn(c, date) && (best == null || c.talentClass.isAtLeast(best))) {
                best = c.talentClass;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Art.3: class A-D valid on {@code date}; class E is registered but not eligible. */
    public static boolean isHighLevel(Collection<CertificationEntity> certifications, LocalDate date) {
        return classOn(certifications, date).map(TalentClass::isHighLevel).orElse(false);
    }
}
