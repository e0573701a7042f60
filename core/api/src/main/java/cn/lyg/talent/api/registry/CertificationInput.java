package cn.lyg.talent.api.registry;

import java.time.LocalDate;

/** A certification to record: who certified, on what basis, valid from/until (Art.3). */
public class CertificationInput {
    public TalentClass talentClass;
    public String certifiedBy;
    public String basis;
    public LocalDate validFrom;
    public LocalDate validUntil;
}
