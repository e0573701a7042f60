package cn.lyg.talent.api.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded certification of a talent's class (Art.3). Re-certification adds a record; none
 * is ever changed. {@code validUntil} null means open-ended.
 */
public class Certification {
    public String id;
    public TalentClass talentClass;
    public String certifiedBy;
    public String basis;
    public LocalDate validFrom;
    public LocalDate validUntil;
    public Instant recordedAt;
    public String recordedBy;
}
