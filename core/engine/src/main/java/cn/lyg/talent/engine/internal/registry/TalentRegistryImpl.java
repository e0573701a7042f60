package cn.lyg.talent.engine.internal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Masking;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.Certification;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Employer;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.ResidentIdNumber;
import cn.lyg.talent.api.registry.Spouse;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentQuery;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.registry.TalentSummary;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Audit;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.Scope;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.org.LoginAccounts;
import cn.lyg.talent.engine.internal.store.CertificationEntity;
import cn.lyg.talent.engine.internal.store.Conflicts;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.FamilyMemberEntity;
import cn.lyg.talent.engine.internal.store.TalentEntity;

/**
 * The talent registry (Art.3). Validation happens before any transaction starts, and a
 * refusal inside one rolls it back, so a refused request writes nothing.
 */
@Component(service = TalentRegistry.class)
public class TalentRegistryImpl implements TalentRegistry {
    private static final Messages M = Messages.ENGINE;
    static final int MAX_PAGE = 200;
    private static final Map<String, String> UNIQUE_CODES = Map.of("UK_TALENT_DOCUMENT", "TALENT_DUPLICATE_DOCUMENT",
            "UK_TALENT_ACCOUNT", "TALENT_DUPLICATE_ACCOUNT");

    private final Database database;
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings settings;
    private final Clock clock;
    private final Scope scope;
    private final LoginAccounts logins;

    @Activate
    public TalentRegistryImpl(@Reference Database database, @Reference JurisdictionDirectory jurisdictions,
            @Reference InstanceSettings settings, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference LoginAccounts logins) {
        this.logins = logins;
        this.database = database;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.clock = clock;
        this.scope = new Scope(jurisdictions, settings);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    @Override
    public Talent register(TalentInput input, Actor actor) {
        Access.require(actor, Role.WINDOW, Role.SUPERVISOR, Role.ADMIN);
        TalentInput in = checked(input, actor, actor.jurisdiction());
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(in, actor);
            } catch (Refusal r) {
                // A unique key hit at commit (a concurrent registration; H2 was also seen to report
                // one for a key it did not hold) carries no field errors: decide again against
                // what is committed, where the duplicate check names the field or the insert passes.
                if (r.kind() != Refusal.Kind.CONFLICT || !r.fieldErrors().isEmpty() || attempt >= 3) {
                    throw r;
                }
            }
        }
    }

    private Talent insert(TalentInput in, Actor actor) {
        return Conflicts.translated(UNIQUE_CODES, "TALENT_DUPLICATE_DOCUMENT", () -> database.jpa().txExpr(TransactionType.Required, em -> {
            refuseDuplicates(em, in, null);
            TalentEntity e = new TalentEntity();
            e.id = UUID.randomUUID().toString();
            apply(e, in);
            e.createdAt = Audit.utcNow(clock);
            e.createdBy = actor.account();
            e.updatedAt = e.createdAt;
            e.updatedBy = e.createdBy;
            em.persist(e);
            Audit.record(em, clock, actor, "TALENT_REGISTERED", "TALENT", e.id, overrideNote(in));
            em.flush();
            return toTalent(e, List.of());
        }));
    }

    @Override
    public Talent update(String id, TalentInput input, Actor actor) {
        Access.require(actor, Role.WINDOW, Role.SUPERVISOR, Role.ADMIN);
        return Conflicts.translated(UNIQUE_CODES, "TALENT_DUPLICATE_DOCUMENT", () -> database.jpa().txExpr(TransactionType.Required, em -> {
            // Not found first: a record outside the caller's scope is not revealed by how its
            // body would have been judged (JURISDICTION_OUTSIDE).
            TalentEntity e = findInScope(em, id, actor);
            // An update without a jurisdiction keeps the record's: a city clerk correcting a county
            // talent's phone must not move them out of the county's sight.
            TalentInput in = checked(input, actor, e.jurisdiction);
            if (in.version == null) {
                throw M.refusal(Refusal.Kind.INVALID, "TALENT_INVALID",
                        List.of(M.field("version", "REQUIRED")), 1);
            }
            if (e.version != in.version) {
                throw Conflicts.stale(in.version, e.version);
            }
            refuseDuplicates(em, in, id);
            e.family.clear();
            apply(e, in);
            e.updatedAt = Audit.utcNow(clock);
            e.updatedBy = actor.account();
            Audit.record(em, clock, actor, "TALENT_UPDATED", "TALENT", e.id, overrideNote(in));
            em.flush();
            return toTalent(e, certifications(em, id));
        }));
    }

    @Override
    public Talent get(String id, Actor actor) {
        // A department handler sees a talent only through a ticket dispatched to its unit
        // (design.md section 6), never by browsing the registry.
        Access.require(actor, Role.WINDOW, Role.SUPERVISOR, Role.ADMIN, Role.TALENT);
        return database.jpa().txExpr(TransactionType.Required, em -> {
            TalentEntity e = findInScope(em, id, actor);
            // Design.md section 6: every read of a full identity number is audited.
            Audit.record(em, clock, actor, "TALENT_READ_FULL", "TALENT", e.id, null);
            return forActor(toTalent(e, certifications(em, id)), actor);
        });
    }

    /**
     * Staff logins are internal, as in tickets and ratings: a talent reading their own record
     * learns when it was made and certified, not which clerk's or officer's account did it.
     */
    private static Talent forActor(Talent t, Actor actor) {
        if (onlyTalent(actor)) {
            t.createdBy = null;
            t.updatedBy = null;
            t.certifications.forEach(c -> c.recordedBy = null);
        }
        return t;
    }

    @Override
    public Page<TalentSummary> find(TalentQuery query, Actor actor) {
        Access.require(actor, Role.WINDOW, Role.SUPERVISOR, Role.ADMIN, Role.TALENT);
        TalentQuery q = query == null ? new TalentQuery() : query;
        Violations v = new Violations(M);
        v.page(q.offset, q.limit, MAX_PAGE);
        v.date("onDate", q.onDate, Violations.EARLIEST, Violations.LATEST);
        List<String> codes = scopeCodes(actor);
        if (q.jurisdiction != null) {
            if (jurisdictions.get(q.jurisdiction).isEmpty()) {
                v.add("jurisdiction", "JURISDICTION_UNKNOWN");
            }
            codes = codes.stream().filter(c -> jurisdictions.covers(q.jurisdiction, c)).toList();
        }
        v.throwIfAny("QUERY_INVALID");
        LocalDate on = q.onDate == null ? today() : q.onDate;
        List<String> scope = codes;
        return database.jpa().txExpr(TransactionType.Required, em -> {
            StringBuilder where = new StringBuilder(" where t.jurisdiction in :codes");
            Map<String, Object> params = new HashMap<>();
            params.put("codes", scope);
            if (onlyTalent(actor)) {
                where.append(" and t.account = :account");
                params.put("account", actor.account());
            }
            if (q.name != null && !q.name.isBlank()) {
                where.append(" and lower(t.name) like :name escape '\\'");
                params.put("name", "%" + likeEscape(q.name.strip().toLowerCase(Locale.ROOT)) + "%");
            }
            if (q.identityNumber != null && !q.identityNumber.isBlank()) {
                where.append(" and t.docNumber = :doc");
                params.put("doc", ResidentIdNumber.normalize(q.identityNumber));
            }
            if (q.employer != null && !q.employer.isBlank()) {
                where.append(" and lower(t.employerName) like :employer escape '\\'");
                params.put("employer", "%" + likeEscape(q.employer.strip().toLowerCase(Locale.ROOT)) + "%");
            }
            String valid = "select c.talentId from CertificationEntity c where c.validFrom <= :on"
                    + " and (c.validUntil is null or c.validUntil >= :on)";
            if (q.talentClass != null) {
                where.append(" and t.id in (").append(valid).append(" and c.talentClass = :cls)");
                params.put("cls", q.talentClass);
                params.put("on", on);
            }
            if (q.highLevel != null) {
                where.append(q.highLevel ? " and t.id in (" : " and t.id not in (")
                        .append(valid).append(" and c.talentClass in :high)");
                params.put("high", List.of(TalentClass.A, TalentClass.B, TalentClass.C, TalentClass.D));
                params.put("on", on);
            }
            TypedQuery<Long> count = em.createQuery("select count(t) from TalentEntity t" + where, Long.class);
            TypedQuery<TalentEntity> page = em.createQuery(
                    "select t from TalentEntity t" + where + " order by t.name, t.id", TalentEntity.class);
            params.forEach((k, val) -> {
                count.setParameter(k, val);
                page.setParameter(k, val);
            });
            long total = count.getSingleResult();
            List<TalentEntity> rows = page.setFirstResult(q.offset).setMaxResults(q.limit).getResultList();
            Map<String, List<CertificationEntity>> certs = certifications(em,
                    rows.stream().map(t -> t.id).toList());
            List<TalentSummary> items = new ArrayList<>();
            for (TalentEntity t : rows) {
                items.add(toSummary(t, certs.getOrDefault(t.id, List.of()), on));
            }
            return new Page<>(items, total, q.offset, q.limit);
        });
    }

    @Override
    public Certification certify(String talentId, CertificationInput input, Actor actor) {
        // Art.2, Art.3: the talent office certifies classes.
        Access.require(actor, Role.SUPERVISOR, Role.ADMIN);
        Violations v = new Violations(M);
        if (input == null) {
            v.add("", "REQUIRED");
            v.throwIfAny("CERTIFICATION_INVALID");
        }
        if (input.talentClass == null) {
            v.add("talentClass", "REQUIRED");
        }
        String by = v.text("certifiedBy", input.certifiedBy, 200, true);
        String basis = v.text("basis", input.basis, 1000, true);
        if (input.validFrom == null) {
            v.add("validFrom", "REQUIRED");
        } else if (input.validUntil != null && input.validUntil.isBefore(input.validFrom)) {
            v.add("validUntil", "VALID_UNTIL_BEFORE_FROM");
        } else {
            // A certification is recorded when it is decided: a start more than a year ahead is
            // a typing error, and it would be a permanent row (certifications are append-only).
            v.date("validFrom", input.validFrom, Violations.EARLIEST, today().plusYears(1));
            v.date("validUntil", input.validUntil, Violations.EARLIEST, Violations.LATEST);
        }
        v.throwIfAny("CERTIFICATION_INVALID");
        return database.jpa().txExpr(TransactionType.Required, em -> {
            TalentEntity t = findInScope(em, talentId, actor);
            CertificationEntity c = new CertificationEntity();
            c.id = UUID.randomUUID().toString();
            c.talentId = t.id;
            c.talentClass = input.talentClass;
            c.certifiedBy = by;
            c.basis = basis;
            c.validFrom = input.validFrom;
            c.validUntil = input.validUntil;
            c.recordedAt = Audit.utcNow(clock);
            c.recordedBy = actor.account();
            em.persist(c);
            Audit.record(em, clock, actor, "TALENT_CERTIFIED", "TALENT", t.id,
                    "class " + c.talentClass + " from " + c.validFrom + " until " + c.validUntil);
            em.flush();
            return Talents.toCertification(c);
        });
    }

    @Override
    public boolean isHighLevel(String talentId, LocalDate date) {
        return database.jpa().txExpr(TransactionType.Required,
                em -> HighLevelRule.isHighLevel(certifications(em, talentId), date));
    }

    // ---- helpers ----

    /** {@code unsaid}: the jurisdiction when the input names none. */
    private TalentInput checked(TalentInput input, Actor actor, String unsaid) {
        Violations v = new Violations(M);
        TalentInput in = TalentValidator.validate(input, today(), v);
        if (in.jurisdiction == null) {
            in.jurisdiction = unsaid;
        }
        if (jurisdictions.get(in.jurisdiction).isEmpty()) {
            v.add("jurisdiction", "JURISDICTION_UNKNOWN");
        } else if (!jurisdictions.get(in.jurisdiction).get().active) {
            v.add("jurisdiction", "JURISDICTION_INACTIVE");
        } else if (!inScope(actor, in.jurisdiction)) {
            v.add("jurisdiction", "JURISDICTION_OUTSIDE");
        }
        if (in.account != null) {
            String refused = loginRefusal(logins.find(in.account));
            if (refused != null) {
                v.add("account", refused);
            }
        }
        v.throwIfAny("TALENT_INVALID");
        return in;
    }

    /**
     * Art.6: the account is where the talent is told of their requests and acts online, so only
     * a login of a talent is bound: one the realm does not know (a typo, a login not created
     * yet) or a clerk's login would send the talent's notices to someone else. A realm that
     * cannot list its logins leaves the binding to the administrator who creates them.
     */
    static String loginRefusal(LoginAccounts.Login login) {
        if (!login.listed()) {
            return null;
        }
        if (!login.exists()) {
            return "ACCOUNT_UNKNOWN";
        }
        boolean staff = Arrays.stream(Role.values())
                .anyMatch(r -> r != Role.TALENT && login.grants().contains(r.principalName()));
        return staff || !login.grants().contains(Role.TALENT.principalName()) ? "ACCOUNT_NOT_TALENT" : null;
    }

    private boolean inScope(Actor actor, String code) {
        return scope.covers(actor, code);
    }

    private List<String> scopeCodes(Actor actor) {
        return scope.codes(actor);
    }

    /** A talent outside the actor's scope is reported as not found, so its existence does not leak. */
    private TalentEntity findInScope(EntityManager em, String id, Actor actor) {
        TalentEntity e = id == null ? null : em.find(TalentEntity.class, id);
        if (e == null || !inScope(actor, e.jurisdiction)) {
            throw M.refusal(Refusal.Kind.NOT_FOUND, "TALENT_NOT_FOUND");
        }
        if (onlyTalent(actor) && !actor.account().equals(e.account)) {
            throw M.refusal(Refusal.Kind.NOT_FOUND, "TALENT_NOT_FOUND");
        }
        return e;
    }

    /** A talent acting for themself sees only their own record. */
    private static boolean onlyTalent(Actor actor) {
        return actor.has(Role.TALENT) && !actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN);
    }

    private static void refuseDuplicates(EntityManager em, TalentInput in, String selfId) {
        List<String> same = em.createQuery("select t.id from TalentEntity t where t.docType = :type and t.docNumber = :number",
                String.class).setParameter("type", in.document.type).setParameter("number", in.document.number)
                .getResultList();
        if (same.stream().anyMatch(id -> !id.equals(selfId))) {
            throw M.refusal(Refusal.Kind.CONFLICT, "TALENT_DUPLICATE_DOCUMENT",
                    List.of(M.field("document.number", "DUPLICATE")));
        }
        if (in.account != null) {
            List<String> owners = em.createQuery("select t.id from TalentEntity t where t.account = :account",
                    String.class).setParameter("account", in.account).getResultList();
            if (owners.stream().anyMatch(id -> !id.equals(selfId))) {
                throw M.refusal(Refusal.Kind.CONFLICT, "TALENT_DUPLICATE_ACCOUNT",
                        List.of(M.field("account", "DUPLICATE")));
            }
        }
    }

    private static String overrideNote(TalentInput in) {
        return in.employer != null && in.employer.creditCodeOverrideReason != null
                ? "credit code accepted by clerk override: " + in.employer.creditCodeOverrideReason
                : null;
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void apply(TalentEntity e, TalentInput in) {
        e.name = in.name;
        e.gender = in.gender;
        e.docType = in.document.type;
        e.docNumber = in.document.number;
        e.nationality = in.nationality;
        e.birthDate = in.birthDate;
        e.degree = in.highestDegree;
        e.title = in.title;
        e.employerName = in.employer == null ? null : in.employer.name;
        e.employerCreditCode = in.employer == null ? null : in.employer.creditCode;
        e.creditCodeOverrideReason = in.employer == null ? null : in.employer.creditCodeOverrideReason;
        e.jurisdiction = in.jurisdiction;
        e.phone = in.phone;
        e.email = in.email;
        e.account = in.account;
        int ordinal = 0;
        if (in.spouse != null) {
            FamilyMemberEntity s = member(FamilyMemberEntity.SPOUSE, ordinal++, in.spouse.name);
            if (in.spouse.document != null) {
                s.docType = in.spouse.document.type;
                s.docNumber = in.spouse.document.number;
            }
            s.employerNature = in.spouse.originalEmployerNature;
            s.personalStatus = in.spouse.personalStatus;
            s.speciality = in.spouse.speciality;
            e.family.add(s);
        }
        for (Child c : in.children) {
            FamilyMemberEntity m = member(FamilyMemberEntity.CHILD, ordinal++, c.name);
            m.birthDate = c.birthDate;
            m.schoolStage = c.schoolStage;
            e.family.add(m);
        }
    }

    private static FamilyMemberEntity member(String relation, int ordinal, String name) {
        FamilyMemberEntity m = new FamilyMemberEntity();
        m.id = UUID.randomUUID().toString();
        m.relation = relation;
        m.ordinal = ordinal;
        m.name = name;
        return m;
    }

    private static List<CertificationEntity> certifications(EntityManager em, String talentId) {
        return em.createQuery("select c from CertificationEntity c where c.talentId = :id order by c.recordedAt, c.validFrom, c.id",
                CertificationEntity.class).setParameter("id", talentId).getResultList();
    }

    private static Map<String, List<CertificationEntity>> certifications(EntityManager em, List<String> talentIds) {
        Map<String, List<CertificationEntity>> map = new HashMap<>();
        if (talentIds.isEmpty()) {
            return map;
        }
        for (CertificationEntity c : em.createQuery("select c from CertificationEntity c where c.talentId in :ids",
                CertificationEntity.class).setParameter("ids", talentIds).getResultList()) {
            map.computeIfAbsent(c.talentId, k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    private Talent toTalent(TalentEntity e, List<CertificationEntity> certs) {
        return Talents.toTalent(e, certs, today());
    }

    private static TalentSummary toSummary(TalentEntity e, List<CertificationEntity> certs, LocalDate on) {
        TalentSummary s = new TalentSummary();
        s.id = e.id;
        s.name = e.name;
        s.gender = e.gender;
        s.documentType = e.docType;
        s.maskedDocumentNumber = Masking.documentNumber(e.docNumber);
        s.maskedPhone = Masking.phone(e.phone);
        s.employerName = e.employerName;
        s.jurisdiction = e.jurisdiction;
        s.currentClass = HighLevelRule.classOn(certs, on).orElse(null);
        s.highLevel = HighLevelRule.isHighLevel(certs, on);
        return s;
    }

}
