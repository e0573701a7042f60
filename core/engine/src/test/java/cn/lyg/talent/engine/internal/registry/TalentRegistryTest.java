package cn.lyg.talent.engine.internal.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Employer;
import cn.lyg.talent.api.registry.Gender;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.ResidentIdNumber;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentQuery;
import cn.lyg.talent.api.registry.TalentSummary;
import cn.lyg.talent.engine.internal.TestDatabase;
import cn.lyg.talent.engine.internal.org.JurisdictionDirectoryImpl;
import cn.lyg.talent.engine.internal.org.LoginAccounts;

/** The registry against the real schema and persistence unit on H2 (Art.3). */
public class TalentRegistryTest {
    static final Actor WINDOW = actor("window1", "320700", Role.WINDOW);
    static final Actor SUPERVISOR = actor("supervisor1", "320700", Role.SUPERVISOR);
    static final Actor DONGHAI = actor("donghai", "320722", Role.WINDOW);
    static final Actor DEPARTMENT = actor("dept", "320700", Role.DEPARTMENT);

    private TestDatabase db;
    private TalentRegistryImpl registry;

    static Actor actor(String account, String jurisdiction, Role... roles) {
        return new Actor(account, EnumSet.copyOf(List.of(roles)), jurisdiction, null);
    }

    @Before
    public void setUp() throws Exception {
        db = new TestDatabase();
        InstanceSettings settings = TestDatabase.settings("320700");
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        registry = new TalentRegistryImpl(db.database, new JurisdictionDirectoryImpl(db.database, settings),
                settings, clock, logins::apply);
    }

    /** The login realm as the registry sees it: these logins and their grants; others do not exist. */
    private final Map<String, LoginAccounts.Login> realm = new HashMap<>(Map.of(
            "talent9", new LoginAccounts.Login(true, true, Set.of("talent")),
            "talent1", new LoginAccounts.Login(true, true, Set.of("talent"))));
    private final Function<String, LoginAccounts.Login> logins = account -> realm
            .getOrDefault(account, new LoginAccounts.Login(true, false, Set.of()));

    @After
    public void tearDown() {
        db.close();
    }

    /** A valid resident identity number for sequence {@code n} (odd: male). */
    public static String idNumber(int n) {
        String body = "320706" + "19850612" + String.format("%03d", n % 1000);
        return body + ResidentIdNumber.checkCharacter(body);
    }

    public static TalentInput talent(String name, int n) {
        TalentInput in = new TalentInput();
        in.name = name;
        in.gender = n % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        in.document = new IdentityDocument(DocumentType.RESIDENT_ID, idNumber(n));
        in.highestDegree = Degree.DOCTORATE;
        in.phone = "13812345678";
        in.employer = new Employer();
        in.employer.name = "江苏海洋大学";
        in.employer.creditCode = "91512081MA62K0260E";
        Child c = new Child();
        c.name = "小" + name;
        c.birthDate = LocalDate.of(2016, 9, 1);
        in.children = List.of(c);
        return in;
    }

    /** The refusal a call must end in. */
    private static Refusal refused(Runnable call) {
        try {
            call.run();
        } catch (Refusal r) {
            return r;
        }
        throw new AssertionError("refused expected");
    }

    private static Set<String> fields(Refusal r) {
        return r.fieldErrors().stream().map(f -> f.field + ":" + f.code).collect(Collectors.toSet());
    }

    @Test
    public void registersDerivesBirthDateAndRecordsTheActor() throws Exception {
        Talent t = registry.register(talent("王晓明", 11), WINDOW);
        assertNotNull(t.id);
        assertEquals(LocalDate.of(1985, 6, 12), t.birthDate);
        assertEquals("CHN", t.nationality);
        assertEquals("320700", t.jurisdiction);
        assertEquals("window1", t.createdBy);
        assertEquals(1, t.children.size());
        assertEquals(1, db.count("TALENT"));
        assertEquals(1, db.count("FAMILY_MEMBER"));
        assertEquals(1, db.count("AUDIT_RECORD"));
    }

    @Test
    public void badInputListsEveryFieldAndWritesNothing() throws Exception {
        Map<String, Long> before = db.snapshot();
        TalentInput in = talent("", 11);
        in.document.number = "110105194912310021"; // wrong check character
        in.employer.creditCode = "91512081MA62K0260A"; // wrong check character, no reason
        in.phone = "12345";
        in.children.get(0).birthDate = LocalDate.of(2030, 1, 1);
        try {
            registry.register(in, WINDOW);
            fail("refused expected");
        } catch (Refusal r) {
            assertEquals("TALENT_INVALID", r.code());
            assertEquals(Refusal.Kind.INVALID, r.kind());
            assertEquals(Set.of("name:REQUIRED", "document.number:ID_CHECK_CHARACTER",
                    "employer.creditCode:CREDIT_CODE_CHECK", "phone:PHONE_FORMAT",
                    "children[0].birthDate:DATE_IN_FUTURE"), fields(r));
            for (FieldError f : r.fieldErrors()) {
                assertFalse(f.messageZh.isBlank());
                assertFalse(f.messageEn.isBlank());
                assertFalse(f.messageZh.equals(f.messageEn));
            }
        }
        assertEquals(before, db.snapshot());
    }

    @Test
    public void birthDateAndGenderMustAgreeWithTheIdentityNumber() throws Exception {
        TalentInput in = talent("张", 11);
        in.birthDate = LocalDate.of(1985, 6, 13);
        in.gender = Gender.FEMALE;
        try {
            registry.register(in, WINDOW);
            fail();
        } catch (Refusal r) {
            assertEquals(Set.of("birthDate:BIRTH_DATE_MISMATCH", "gender:GENDER_MISMATCH"), fields(r));
        }
        assertEquals(0, db.count("TALENT"));
    }

    @Test
    public void creditCodeFailingTheCheckIsAcceptedWithAReasonAndAudited() throws Exception {
        TalentInput in = talent("李", 13);
        in.employer.creditCode = "91512081MA62K0260A";
        in.employer.creditCodeOverrideReason = "营业执照原件如此";
        Talent t = registry.register(in, WINDOW);
        assertEquals("营业执照原件如此", t.employer.creditCodeOverrideReason);
        assertEquals(1, db.count("AUDIT_RECORD"));
    }

    @Test
    public void duplicateIdentityDocumentIsAConflictAndWritesNothing() throws Exception {
        registry.register(talent("甲", 15), WINDOW);
        Map<String, Long> before = db.snapshot();
        try {
            registry.register(talent("乙", 15), WINDOW);
            fail();
        } catch (Refusal r) {
            assertEquals("TALENT_DUPLICATE_DOCUMENT", r.code());
            assertEquals(Refusal.Kind.CONFLICT, r.kind());
        }
        assertEquals(before, db.snapshot());
    }

    /**
     * Art.6: a talent is bound only to a talent's login. A clerk's login (dept_edu) or one that
     * does not exist would send the talent's notices to someone else; nothing is written.
     */
    @Test
    public void onlyATalentsLoginIsBoundToATalent() throws Exception {
        realm.put("dept_edu", new LoginAccounts.Login(true, true, Set.of("department", "unit:EDUCATION", "ssh")));
        realm.put("both", new LoginAccounts.Login(true, true, Set.of("talent", "window")));
        long before = db.count("TALENT");
        for (String[] c : new String[][] { {"dept_edu", "ACCOUNT_NOT_TALENT"}, {"both", "ACCOUNT_NOT_TALENT"},
                {"nobody", "ACCOUNT_UNKNOWN"} }) {
            TalentInput in = talent("账号三", 57);
            in.account = c[0];
            Refusal r = refused(() -> registry.register(in, WINDOW));
            assertEquals("TALENT_INVALID", r.code());
            assertEquals(Set.of("account:" + c[1]), fields(r));
        }
        assertEquals(before, db.count("TALENT"));
        TalentInput ok = talent("账号三", 57);
        ok.account = "talent9";
        assertEquals("talent9", registry.register(ok, WINDOW).account);
        // A realm that cannot list its logins (a directory) leaves the binding to its administrator.
        realm.put("ldap-user", LoginAccounts.Login.UNLISTED);
        TalentInput directory = talent("账号四", 59);
        directory.account = "ldap-user";
        assertEquals("ldap-user", registry.register(directory, WINDOW).account);
    }

    @Test
    public void anAccountBelongsToOneTalent() throws Exception {
        TalentInput first = talent("账号一", 51);
        first.account = "talent9";
        registry.register(first, WINDOW);
        TalentInput second = talent("账号二", 53);
        second.account = "talent9";
        try {
            registry.register(second, WINDOW);
            fail();
        } catch (Refusal r) {
            assertEquals("TALENT_DUPLICATE_ACCOUNT", r.code());
            assertEquals(Set.of("account:DUPLICATE"), fields(r));
        }
        assertEquals(1, db.count("TALENT"));
    }

    @Test
    public void aDepartmentHandlerDoesNotBrowseTheRegistry() throws Exception {
        Talent t = registry.register(talent("部门", 55), WINDOW);
        for (Runnable call : List.<Runnable>of(() -> registry.get(t.id, DEPARTMENT),
                () -> registry.find(new TalentQuery(), DEPARTMENT))) {
            try {
                call.run();
                fail();
            } catch (Refusal r) {
                assertEquals(Refusal.Kind.FORBIDDEN, r.kind());
            }
        }
    }

    @Test
    public void onlyClerksRegisterAndOnlyTheTalentOfficeCertifies() throws Exception {
        try {
            registry.register(talent("丙", 17), DEPARTMENT);
            fail();
        } catch (Refusal r) {
            assertEquals(Refusal.Kind.FORBIDDEN, r.kind());
        }
        Talent t = registry.register(talent("丙", 17), WINDOW);
        CertificationInput c = new CertificationInput();
        c.talentClass = TalentClass.C;
        c.certifiedBy = "市人才办";
        c.basis = "认定文件";
        c.validFrom = LocalDate.of(2026, 1, 1);
        try {
            registry.certify(t.id, c, WINDOW);
            fail();
        } catch (Refusal r) {
            assertEquals("ROLE_REQUIRED", r.code());
        }
        assertEquals(0, db.count("CERTIFICATION"));
    }

    @Test
    public void anUnknownCountryAndInvisibleControlCharactersAreRefused() throws Exception {
        Map<String, Long> before = db.snapshot();
        TalentInput in = talent("庚\u0000", 25);
        in.document = new IdentityDocument(DocumentType.PASSPORT, "E12345678");
        in.nationality = "XXX";
        in.birthDate = LocalDate.of(1980, 1, 1);
        in.title = "教授\u001b[2J";
        assertEquals(Set.of("name:CONTROL_CHARACTER", "children[0].name:CONTROL_CHARACTER",
                "nationality:NATIONALITY_FORMAT", "title:CONTROL_CHARACTER"),
                fields(refused(() -> registry.register(in, WINDOW))));
        assertEquals(before, db.snapshot());
        // Line breaks are text, and Hong Kong is a country code of ISO 3166.
        in.name = "庚";
        in.children.get(0).name = "小庚";
        in.nationality = "HKG";
        in.title = "教授\n博士生导师";
        // Half of a surrogate pair is no character: stored, it breaks every list's JSON.
        in.name = "庚\uD800";
        in.title = "教授\uDE00";
        assertEquals(Set.of("name:BROKEN_CHARACTER", "title:BROKEN_CHARACTER"), fields(refused(() -> registry.register(in, WINDOW))));
        assertEquals(before, db.snapshot());
        // A whole pair (an emoji, a rare character outside the basic plane) is text.
        in.name = "庚\uD842\uDFB7";
        in.title = "教授😀";
        registry.register(in, WINDOW);
    }

    @Test
    public void datesOutsideWhatThePlatformKeepsAreRefusedAndWriteNothing() throws Exception {
        Talent t = registry.register(talent("戊", 21), WINDOW);
        Map<String, Long> before = db.snapshot();
        TalentInput old = talent("己", 23);
        old.children.get(0).birthDate = LocalDate.of(1850, 1, 1);
        Refusal tooOld = refused(() -> registry.register(old, WINDOW));
        assertEquals(Set.of("children[0].birthDate:OUT_OF_RANGE"), fields(tooOld));
        assertTrue(tooOld.fieldErrors().get(0).messageEn, tooOld.fieldErrors().get(0).messageEn.contains("1900-01-01"));
        // Art.3: a certification is recorded when decided (clock: 2026-11-25); it is append-only,
        // so a mistyped far-future start would stay forever.
        CertificationInput c = new CertificationInput();
        c.talentClass = TalentClass.C;
        c.certifiedBy = "市人才办";
        c.basis = "认定";
        c.validFrom = LocalDate.of(999_999_999, 1, 1);
        Refusal farAhead = refused(() -> registry.certify(t.id, c, SUPERVISOR));
        assertEquals("CERTIFICATION_INVALID", farAhead.code());
        assertEquals(Set.of("validFrom:OUT_OF_RANGE"), fields(farAhead));
        c.validFrom = LocalDate.of(2027, 11, 26);
        assertEquals(Set.of("validFrom:OUT_OF_RANGE"),
                fields(refused(() -> registry.certify(t.id, c, SUPERVISOR))));
        c.validFrom = LocalDate.of(2026, 1, 1);
        c.validUntil = LocalDate.of(2200, 1, 1);
        assertEquals(Set.of("validUntil:OUT_OF_RANGE"),
                fields(refused(() -> registry.certify(t.id, c, SUPERVISOR))));
        TalentQuery q = new TalentQuery();
        q.onDate = LocalDate.of(-5, 1, 1);
        assertEquals(Set.of("onDate:OUT_OF_RANGE"),
                fields(refused(() -> registry.find(q, WINDOW))));
        assertEquals(before, db.snapshot());
        assertEquals(0, db.count("CERTIFICATION"));
        // A year ahead is still a decision recorded early.
        c.validFrom = LocalDate.of(2027, 11, 25);
        c.validUntil = null;
        registry.certify(t.id, c, SUPERVISOR);
        assertEquals(1, db.count("CERTIFICATION"));
    }

    @Test
    public void art3CertificationHistoryIsAppendOnlyAndDecidesHighLevel() throws Exception {
        Talent t = registry.register(talent("丁", 19), WINDOW);
        assertFalse(registry.isHighLevel(t.id, LocalDate.of(2026, 11, 25)));
        CertificationInput c = new CertificationInput();
        c.talentClass = TalentClass.D;
        c.certifiedBy = "市人才办";
        c.basis = "首次认定";
        c.validFrom = LocalDate.of(2025, 1, 1);
        c.validUntil = LocalDate.of(2026, 12, 31);
        registry.certify(t.id, c, SUPERVISOR);
        c.talentClass = TalentClass.B;
        c.basis = "重新认定";
        c.validFrom = LocalDate.of(2027, 1, 1);
        c.validUntil = null;
        registry.certify(t.id, c, SUPERVISOR);
        Talent read = registry.get(t.id, WINDOW);
        assertEquals(2, read.certifications.size());
        assertEquals(TalentClass.D, read.certifications.get(0).talentClass);
        assertEquals(TalentClass.D, read.currentClass);
        assertTrue(read.highLevel);
        assertTrue(registry.isHighLevel(t.id, LocalDate.of(2026, 12, 31)));
        assertTrue(registry.isHighLevel(t.id, LocalDate.of(2027, 1, 1)));
        assertFalse(registry.isHighLevel(t.id, LocalDate.of(2024, 12, 31)));
    }

    @Test
    public void listsAreMaskedFilteredAndPaged() throws Exception {
        for (int i = 1; i <= 5; i++) {
            registry.register(talent("人才" + i, 20 + i), WINDOW);
        }
        TalentQuery q = new TalentQuery();
        q.limit = 2;
        Page<TalentSummary> page = registry.find(q, WINDOW);
        assertEquals(5, page.total);
        assertEquals(2, page.items.size());
        TalentSummary s = page.items.get(0);
        assertTrue(s.maskedDocumentNumber.contains("*"));
        assertEquals("138****5678", s.maskedPhone);
        q.offset = 4;
        assertEquals(1, registry.find(q, WINDOW).items.size());
        TalentQuery byName = new TalentQuery();
        byName.name = "人才3";
        assertEquals(1, registry.find(byName, WINDOW).total);
        TalentQuery byId = new TalentQuery();
        byId.identityNumber = idNumber(22);
        assertEquals("人才2", registry.find(byId, WINDOW).items.get(0).name);
        TalentQuery high = new TalentQuery();
        high.highLevel = true;
        assertEquals(0, registry.find(high, WINDOW).total);
    }

    /** An identity number whose birth date cannot be is refused on the number, the field the clerk typed. */
    @Test
    public void anImpossibleBirthDateInTheNumberIsTheNumbersFault() throws Exception {
        String body = "440524" + "18800101" + "001";
        TalentInput in = talent("百岁", 1);
        in.document = new IdentityDocument(DocumentType.RESIDENT_ID, body + ResidentIdNumber.checkCharacter(body));
        in.gender = Gender.MALE;
        long before = db.count("TALENT");
        try {
            registry.register(in, WINDOW);
            fail();
        } catch (Refusal r) {
            assertEquals(Set.of("document.number:NUMBER_BIRTH_DATE"), fields(r));
        }
        assertEquals(before, db.count("TALENT"));
    }

    @Test
    public void aCountyClerkSeesAndRegistersOnlyInTheCounty() throws Exception {
        Talent city = registry.register(talent("市里", 31), WINDOW);
        TalentInput in = talent("东海", 33);
        in.jurisdiction = "320706";
        try {
            registry.register(in, DONGHAI);
            fail();
        } catch (Refusal r) {
            assertEquals(Set.of("jurisdiction:JURISDICTION_OUTSIDE"), fields(r));
        }
        in.jurisdiction = null;
        Talent donghai = registry.register(in, DONGHAI);
        assertEquals("320722", donghai.jurisdiction);
        assertEquals(1, registry.find(new TalentQuery(), DONGHAI).total);
        assertEquals(2, registry.find(new TalentQuery(), WINDOW).total);
        try {
            registry.get(city.id, DONGHAI);
            fail();
        } catch (Refusal r) {
            assertEquals(Refusal.Kind.NOT_FOUND, r.kind());
        }
        // Updating a city record from the county is "not found" whatever the body says, so the
        // answer does not tell the county clerk the record exists.
        TalentInput change = talent("市里", 31);
        change.jurisdiction = "320700";
        change.version = city.version;
        assertEquals(Refusal.Kind.NOT_FOUND, refused(() -> registry.update(city.id, change, DONGHAI)).kind());
        // The city's clerk corrects the county talent's record without naming a jurisdiction: the
        // talent stays in the county, in the county clerk's sight.
        TalentInput correction = talent("东海", 33);
        correction.phone = "13900001111";
        correction.version = donghai.version;
        assertEquals("320722", registry.update(donghai.id, correction, WINDOW).jurisdiction);
        assertEquals(1, registry.find(new TalentQuery(), DONGHAI).total);
    }

    @Test
    public void aTalentSeesOnlyTheirOwnRecord() throws Exception {
        TalentInput mine = talent("本人", 41);
        mine.account = "talent1";
        Talent own = registry.register(mine, WINDOW);
        Talent other = registry.register(talent("他人", 43), WINDOW);
        Actor me = actor("talent1", "320700", Role.TALENT);
        assertEquals(own.id, registry.get(own.id, me).id);
        // Staff logins are internal: the talent reads when, not which clerk's account.
        Talent read = registry.get(own.id, me);
        assertNull(read.createdBy);
        assertNull(read.updatedBy);
        assertNotNull(read.createdAt);
        assertEquals("window1", registry.get(own.id, WINDOW).createdBy);
        assertEquals(1, registry.find(new TalentQuery(), me).total);
        try {
            registry.get(other.id, me);
            fail();
        } catch (Refusal r) {
            assertEquals(Refusal.Kind.NOT_FOUND, r.kind());
        }
    }

    @Test
    public void everyFullReadIsAudited() throws Exception {
        Talent t = registry.register(talent("审计", 45), WINDOW);
        long before = db.count("AUDIT_RECORD");
        registry.get(t.id, WINDOW);
        registry.get(t.id, SUPERVISOR);
        assertEquals(before + 2, db.count("AUDIT_RECORD"));
    }

    @Test
    public void updateNeedsTheCurrentVersion() throws Exception {
        Talent t = registry.register(talent("版本", 47), WINDOW);
        TalentInput change = talent("版本改", 47);
        change.version = t.version;
        Talent updated = registry.update(t.id, change, WINDOW);
        assertEquals("版本改", updated.name);
        Map<String, Long> before = db.snapshot();
        change.name = "再改";
        try {
            registry.update(t.id, change, WINDOW);
            fail();
        } catch (Refusal r) {
            assertEquals("STALE_VERSION", r.code());
            assertEquals("version", r.fieldErrors().get(0).field);
            assertEquals("VERSION_NOW", r.fieldErrors().get(0).code);
        }
        assertEquals(before, db.snapshot());
        assertEquals("版本改", registry.get(t.id, WINDOW).name);
    }

    @Test
    public void concurrentRegistrationsAreNeitherLostNorDuplicated() throws Exception {
        int clients = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    registry.register(talent("并发" + client + "-" + i, client * each + i + 100), WINDOW);
                    acknowledged.incrementAndGet();
                }
                return null;
            }));
        }
        // The same identity document from every client at once: exactly one wins.
        AtomicInteger won = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                try {
                    registry.register(talent("同一人", 999), WINDOW);
                    won.incrementAndGet();
                } catch (Refusal r) {
                    assertEquals("TALENT_DUPLICATE_DOCUMENT", r.code());
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(clients * each, acknowledged.get());
        assertEquals(1, won.get());
        assertEquals(clients - 1, refused.get());
        assertEquals(clients * each + 1, db.count("TALENT"));
    }
}
