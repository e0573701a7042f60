package cn.lyg.talent.engine.internal.registry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.registry.Certification;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Employer;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.Spouse;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.store.CertificationEntity;
import cn.lyg.talent.engine.internal.store.FamilyMemberEntity;
import cn.lyg.talent.engine.internal.store.TalentEntity;

/** Talent records as the API shows them, for the registry and for the rules of service plugins. */
public final class Talents {

    private Talents() {
    }

    /**
     * The talent a talent's login is bound to; refused (ACCOUNT_NOT_LINKED) while the window has
     * bound it to no record, so that the talent is told where to go rather than "no such talent".
     */
    public static TalentEntity ownedBy(EntityManager em, Actor actor) {
        List<TalentEntity> mine = em.createQuery("select t from TalentEntity t where t.account = :account",
                TalentEntity.class).setParameter("account", actor.account()).getResultList();
        if (mine.isEmpty()) {
            throw Messages.ENGINE.refusal(Refusal.Kind.FORBIDDEN, "ACCOUNT_NOT_LINKED");
        }
        return mine.get(0);
    }

    public static Talent toTalent(TalentEntity e, List<CertificationEntity> certs, LocalDate today) {
        Talent t = new Talent();
        t.id = e.id;
        t.name = e.name;
        t.gender = e.gender;
        t.document = new IdentityDocument(e.docType, e.docNumber);
        t.nationality = e.nationality;
        t.birthDate = e.birthDate;
        t.highestDegree = e.degree;
        t.title = e.title;
        if (e.employerName != null) {
            t.employer = new Employer();
            t.employer.name = e.employerName;
            t.employer.creditCode = e.employerCreditCode;
            t.employer.creditCodeOverrideReason = e.creditCodeOverrideReason;
        }
        t.jurisdiction = e.jurisdiction;
        t.phone = e.phone;
        t.email = e.email;
        t.account = e.account;
        t.children = new ArrayList<>();
        for (FamilyMemberEntity m : e.family) {
            if (FamilyMemberEntity.SPOUSE.equals(m.relation)) {
                Spouse s = new Spouse();
                s.name = m.name;
                s.document = m.docType == null ? null : new IdentityDocument(m.docType, m.docNumber);
                s.originalEmployerNature = m.employerNature;
                s.personalStatus = m.personalStatus;
                s.speciality = m.speciality;
                t.spouse = s;
            } else {
                Child c = new Child();
                c.name = m.name;
                c.birthDate = m.birthDate;
                c.schoolStage = m.schoolStage;
                t.children.add(c);
            }
        }
        t.certifications = certs.stream().map(Talents::toCertification).toList();
        t.currentClass = HighLevelRule.classOn(certs, today).orElse(null);
        t.highLevel = HighLevelRule.isHighLevel(certs, today);
        t.createdAt = e.createdAt.toInstant(ZoneOffset.UTC);
        t.createdBy = e.createdBy;
        t.updatedAt = e.updatedAt.toInstant(ZoneOffset.UTC);
        t.updatedBy = e.updatedBy;
        t.version = e.version;
        return t;
    }

    static Certification toCertification(CertificationEntity c) {
        Certification r = new Certification();
        r.id = c.id;
        r.talentClass = c.talentClass;
        r.certifiedBy = c.certifiedBy;
        r.basis = c.basis;
        r.validFrom = c.validFrom;
        r.validUntil = c.validUntil;
        r.recordedAt = c.recordedAt.toInstant(ZoneOffset.UTC);
        r.recordedBy = c.recordedBy;
        return r;
    }
}
