package cn.lyg.talent.plugin.goldcard.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefusals;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.ServiceOrigin;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.org.UnitInput;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.plugin.testing.LocalJpa;

/** The city's gold card register (Art.4.5). */
public class GoldCardTest {
    /** 2026-11-25 10:00 in Asia/Shanghai. */
    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

    /** The refusals the register reported, by PID (what catalog:problems would list). */
    private final Map<String, ConfigurationRefused> refused = new HashMap<>();
    private final ConfigurationRefusals refusals = new ConfigurationRefusals() {
        @Override
        public void refused(ConfigurationRefused r) {
            refused.put(r.pid(), r);
        }

        @Override
        public void taken(String pid) {
            refused.remove(pid);
        }
    };
    private LocalJpa jpa;
    private GoldCardRegister register;
    private GoldCardIssuing issuing;
    private ServiceOrigin goldCardOrigin = ServiceOrigin.CITY;

    static GoldCardConfiguration config(String prefix, int years) {
        return config(prefix, years, "HRSS");
    }

    static GoldCardConfiguration config(String prefix, int years, String issuer) {
        return new GoldCardConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return GoldCardConfiguration.class;
            }

            @Override
            public String numberPrefix() {
                return prefix;
            }

            @Override
            public int validityYears() {
                return years;
            }

            @Override
            public String issuingUnit() {
                return issuer;
            }
        };
    }

    /** The unit directory as far as the gold card needs it: HRSS, the issuing unit. */
    private static final UnitDirectory UNITS = new UnitDirectory() {
        @Override
        public List<Unit> list() {
            return List.of(hrss());
        }

        @Override
        public Optional<Unit> get(String code) {
            return "HRSS".equals(code) ? Optional.of(hrss()) : Optional.empty();
        }

        @Override
        public List<Unit> forService(String serviceCode) {
            return List.of();
        }

        @Override
        public Unit save(UnitInput input, Actor actor) {
            throw new UnsupportedOperationException();
        }
    };

    @Before
    public void setUp() throws Exception {
        jpa = new LocalJpa("gold-card");
        register = new GoldCardRegister(config("LYG", 5), jpa.dataSource(), jpa, UNITS);
        register.bindRefusals(refusals);
        issuing = new GoldCardIssuing(register, UNITS);
    }

    private static Unit hrss() {
        Unit u = new Unit();
        u.code = "HRSS";
        u.nameZh = "连云港市人力资源和社会保障局";
        u.nameEn = "Municipal Human Resources and Social Security Bureau";
        return u;
    }

    private static Talent talent(String id, String name) {
        Talent t = new Talent();
        t.id = id;
        t.name = name;
        t.jurisdiction = "320700";
        t.document = new IdentityDocument();
        t.document.type = DocumentType.RESIDENT_ID;
        t.document.number = "11010519491231002X";
        return t;
    }

    private static TicketTransition resolve(String ticketId, Talent holder, String cardNumber) {
        TicketTransition t = new TicketTransition();
        t.ticketId = ticketId;
        t.number = "320700-20261125-" + ticketId;
        t.serviceCode = "gold-card";
        t.jurisdiction = "320700";
        t.actor = "dept_hrss";
        t.unit = "HRSS";
        t.action = TicketAction.RESOLVE;
        t.at = AT;
        t.application = new Application();
        t.application.talent = holder;
        if (cardNumber != null) {
            t.values.put("cardNumber", cardNumber);
        }
        return t;
    }

    private int rows(String table) throws SQLException {
        return jpa.rows(table);
    }

    private static Refusal refused(Runnable call) {
        try {
            call.run();
        } catch (Refusal r) {
            return r;
        }
        fail("not refused");
        return null;
    }

    @Test
    public void art45AResolvedRequestIssuesTheNextNumberOfTheYearWithItsValidity() {
        Outcome first = issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        Outcome second = issuing.handle(resolve("0002", talent("t2", "李四"), null));
        assertEquals("LYG2026000001", first.values.get("cardNumber"));
        assertEquals("LYG2026000002", second.values.get("cardNumber"));
        // Five years from the day of issue (Asia/Shanghai), the last day included.
        assertEquals("2031-11-24", first.values.get("validUntil"));
        assertTrue(first.summary.zh, first.summary.zh.contains("LYG2026000001"));
        GoldCard card = register.find("lyg2026000001").orElseThrow().card();
        assertEquals("t1", card.talentId);
        assertEquals("002X", card.documentTail);
        assertEquals(GoldCard.FROM_TICKET, card.source);
    }

    @Test
    public void onlyTheResolutionIssuesACard() throws Exception {
        TicketTransition accept = resolve("0001", talent("t1", "王晓明"), null);
        accept.action = TicketAction.ACCEPT;
        assertNull(issuing.handle(accept));
        assertEquals(0, rows("GOLD_CARD"));
    }

    @Test
    public void askedAgainForTheSameTicketTheSameCardIsAnswered() throws Exception {
        Outcome first = issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        Outcome again = issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        assertEquals(first.values, again.values);
        assertEquals(1, rows("GOLD_CARD"));
    }

    @Test
    public void theNumberPrintedOnTheCardIsTakenWhenHrssGivesOne() throws Exception {
        Outcome o = issuing.handle(resolve("0001", talent("t1", "王晓明"), " bk12345678 "));
        assertEquals("BK12345678", o.values.get("cardNumber"));

        Refusal taken = refused(() -> issuing.handle(resolve("0002", talent("t2", "李四"), "BK12345678")));
        assertEquals("CARD_TAKEN", taken.code());
        assertEquals("values.cardNumber", taken.fieldErrors().get(0).field);
        Refusal bad = refused(() -> issuing.handle(resolve("0003", talent("t3", "赵五"), "BK-1")));
        assertEquals("CARD_NUMBER", bad.code());
        assertEquals(1, rows("GOLD_CARD"));
    }

    @Test
    public void concurrentResolutionsNeverShareANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String ticket = String.format("%04d", i);
                Callable<Outcome> call = () -> issuing.handle(resolve(ticket, talent("t" + ticket, "人才" + ticket), null));
                answers.add(pool.submit(call));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<Outcome> f : answers) {
                numbers.add(f.get().values.get("cardNumber"));
            }
            assertEquals(40, numbers.size());
            assertTrue(numbers.contains("LYG2026000040"));
            assertEquals(40, rows("GOLD_CARD"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aChangedSettingAppliesToTheNextCardAndABadOneKeepsTheLastGood() throws Exception {
        register.configure(config("LYGK", 3));
        Outcome o = issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        assertEquals("LYGK2026000001", o.values.get("cardNumber"));
        assertEquals("2029-11-24", o.values.get("validUntil"));
        try {
            register.configure(config("LYG", 0));
            fail("validityYears 0");
        } catch (ConfigurationRefused expected) {
            assertTrue(expected.reason().zh, expected.reason().zh.contains("validityYears") && expected.reason().zh.contains("1 到 10"));
        }
        assertEquals("2029-11-24", issuing.handle(resolve("0002", talent("t2", "李四"), null)).values.get("validUntil"));
        // The refused change is reported (catalog:problems lists it) until a later one is taken.
        assertTrue(refused.get(GoldCardConfiguration.PID).reason().zh.contains("validityYears"));
        try {
            register.configure(config("LYG", 5, "XYZ"));
            fail("unknown issuing unit");
        } catch (ConfigurationRefused expected) {
            assertTrue(refused.get(GoldCardConfiguration.PID).reason().zh.contains("XYZ"));
        }
        // A catalog that comes anew (restarted) is told of the refusal still in force.
        refused.clear();
        register.unbindRefusals(refusals);
        register.bindRefusals(refusals);
        assertTrue(refused.get(GoldCardConfiguration.PID).reason().zh.contains("XYZ"));
        register.configure(config("LYG", 5));
        assertTrue(refused.isEmpty());
    }

    @Test
    public void aBadSettingStopsTheRegister() throws Exception {
        for (GoldCardConfiguration bad : List.of(config("lyg", 5), config("TOOLONGX", 5), config("LYG", 0), config("LYG", 11),
                // A unit no one has would hold every city card at resolution with a redirect that cannot be made.
                config("LYG", 5, "XYZ"))) {
            try {
                new GoldCardRegister(bad, jpa.dataSource(), jpa, UNITS);
                fail(bad.numberPrefix() + " " + bad.validityYears());
            } catch (ConfigurationRefused expected) {
                // Art.9: the operator reads why in both languages, naming the setting.
                assertEquals(GoldCardConfiguration.PID, expected.pid());
                assertTrue(expected.reason().zh, expected.reason().zh.startsWith("设置") && expected.reason().en.startsWith("setting"));
            }
        }
    }

    private Application booking(Talent talent, String card, LocalDate visit) {
        Application a = new Application();
        a.serviceCode = "scenic-visit";
        a.jurisdiction = "320700";
        a.date = LocalDate.of(2026, 11, 25);
        a.talent = talent;
        a.form.put("goldCardNumber", card);
        a.form.put("visitDate", visit);
        return a;
    }

    /** The last day the applicant is high-level (Art.3), for the rule. */
    private LocalDate certifiedUntil = LocalDate.of(2099, 12, 31);

    private ScenicVisitRule rule() {
        return new ScenicVisitRule(register, jurisdiction -> goldCardOrigin == ServiceOrigin.CITY,
                (talentId, day) -> !day.isAfter(certifiedUntil));
    }

    @Test
    public void art45AScenicVisitNeedsACardTheApplicantHoldsValidOnTheDayOfTheVisit() {
        Talent holder = talent("t1", "王晓明");
        issuing.handle(resolve("0001", holder, null));
        LocalDate visit = LocalDate.of(2026, 12, 1);

        assertTrue(rule().evaluate(booking(holder, "lyg2026000001", visit)).isEligible());

        Verdict notHeld = rule().evaluate(booking(talent("t2", "李四"), "LYG2026000001", visit));
        assertFalse(notHeld.isEligible());
        assertEquals("GOLD_CARD_NOT_HELD", notHeld.code());
        assertEquals("goldCardNumber", notHeld.field());
        assertEquals("GOLD_CARD_NOT_HELD", rule().evaluate(booking(holder, "LYG2099000001", visit)).code());

        Verdict expired = rule().evaluate(booking(holder, "LYG2026000001", LocalDate.of(2031, 11, 25)));
        assertEquals("GOLD_CARD_EXPIRED", expired.code());
        assertTrue(expired.reasonZh(), expired.reasonZh().contains("2031-11-24"));
        assertTrue(rule().evaluate(booking(holder, "LYG2026000001", LocalDate.of(2031, 11, 24))).isEligible());

        certifiedUntil = LocalDate.of(2026, 11, 30);
        Verdict lapsed = rule().evaluate(booking(holder, "LYG2026000001", visit));
        assertEquals("NOT_HIGH_LEVEL_ON_VISIT", lapsed.code());
        assertTrue(lapsed.reasonZh(), lapsed.reasonZh().contains("2026-12-01"));
        certifiedUntil = LocalDate.of(2099, 12, 31);

        register.revoke("LYG2026000001", "挂失", "supervisor1", AT);
        Verdict revoked = rule().evaluate(booking(holder, "LYG2026000001", visit));
        assertEquals("GOLD_CARD_REVOKED", revoked.code());
        assertTrue(revoked.reasonZh(), revoked.reasonZh().contains("挂失"));
        assertTrue(revoked.reasonEn(), revoked.reasonEn().contains("revoked on 2026-11-25"));
    }

    @Test
    public void art9WhereACountyReplacedTheGoldCardItsOwnCardsAreNotCheckedHere() {
        goldCardOrigin = ServiceOrigin.COUNTY_REPLACEMENT;
        assertTrue(rule().evaluate(booking(talent("t1", "王晓明"), "DH20260001", LocalDate.of(2026, 12, 1))).isEligible());
    }

    @Test
    public void aRevocationNeedsAReasonAndHappensOnce() throws Exception {
        issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        assertEquals("REASON_REQUIRED", refused(() -> register.revoke("LYG2026000001", "  ", "supervisor1", AT)).code());
        assertEquals(0, rows("GOLD_CARD_REVOCATION"));
        assertEquals("GOLD_CARD_NOT_FOUND", refused(() -> register.revoke("LYG2026999999", "挂失", "supervisor1", AT)).code());
        register.revoke("LYG2026000001", "挂失", "supervisor1", AT);
        assertEquals("ALREADY_REVOKED", refused(() -> register.revoke("LYG2026000001", "又挂失", "supervisor1", AT)).code());
        assertEquals(1, rows("GOLD_CARD_REVOCATION"));
        assertEquals(GoldCardRegister.Status.REVOKED, register.find("LYG2026000001").orElseThrow().status(LocalDate.of(2026, 11, 26)));
    }

    /**
     * A card's number is shown in full to scenic-area gates and in the check list (design.md
     * section 6 masks identity and phone numbers only): the holder's identity number or phone,
     * or anyone's, typed into the card-number box would be published unmasked. Refused, naming
     * the field; the number printed on the card is still taken.
     */
    @Test
    public void anIdentityOrMobileNumberIsNotTakenAsTheCardsNumber() throws Exception {
        Talent holder = talent("t1", "王晓明");
        holder.phone = "0518-85551234";
        holder.document.type = DocumentType.PASSPORT;
        holder.document.number = "E12345678";
        // The holder's passport and landline; anyone's identity number; any mobile, with or without 86.
        for (String personal : new String[] {"E12345678", "051885551234", "11010519491231002x", "320706198503120010",
            "15900001111", "8613812345678", "008613812345678"}) {
            Refusal r = refused(() -> issuing.handle(resolve("0001", holder, personal)));
            assertEquals(personal, "CARD_NUMBER_PERSONAL", r.code());
            assertEquals("values.cardNumber", r.fieldErrors().get(0).field);
            assertTrue(r.messageZh(), r.messageZh().contains("身份证件号码或手机号码"));
            assertTrue(r.messageEn(), r.messageEn().contains("identity document or mobile number"));
        }
        assertEquals("CARD_NUMBER_PERSONAL", refused(() -> register.record("13812345678", holder, LocalDate.of(2027, 1, 1),
                "supervisor1", AT, null)).code());
        assertEquals(0, rows("GOLD_CARD"));
        // Eighteen digits whose check character does not fit are no identity number; eleven digits
        // not starting 13 to 19 are no mobile number.
        assertEquals("320706198503120011", issuing.handle(resolve("0001", holder, "320706198503120011")).values.get("cardNumber"));
        // Nor is one whose first two digits are no province, whatever its check digit.
        assertEquals("990706198503120015", issuing.handle(resolve("0002", talent("t3", "赵五"), "990706198503120015"))
                .values.get("cardNumber"));
        assertEquals("10012345678", register.record("10012345678", talent("t2", "李四"), LocalDate.of(2027, 1, 1),
                "supervisor1", AT, null).cardNumber);
    }

    @Test
    public void aCardIssuedOutsideThePlatformIsRecordedOnceWithAValidityAhead() throws Exception {
        Talent holder = talent("t1", "王晓明");
        assertEquals("VALID_UNTIL", refused(() -> register.record("PAPER001", holder, LocalDate.of(2026, 11, 25), "supervisor1", AT,
                null)).code());
        assertEquals("VALID_UNTIL", refused(() -> register.record("PAPER001", holder, LocalDate.of(2036, 11, 26), "supervisor1", AT,
                null)).code());
        assertEquals("CARD_NUMBER", refused(() -> register.record("纸质卡001", holder, LocalDate.of(2027, 1, 1), "supervisor1", AT,
                null)).code());
        assertEquals(0, rows("GOLD_CARD"));
        GoldCard card = register.record("paper001", holder, LocalDate.of(2027, 1, 1), "supervisor1", AT, "2019 年纸质台账");
        assertEquals("PAPER001", card.cardNumber);
        assertEquals(GoldCard.RECORDED, card.source);
        assertNull(card.ticketId);
        assertEquals("CARD_TAKEN", refused(() -> register.record("PAPER001", talent("t2", "李四"), LocalDate.of(2027, 1, 1),
                "supervisor1", AT, null)).code());
        assertEquals(1, rows("GOLD_CARD"));
    }

    @Test
    public void visitsAreKeptInOrder() {
        issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        register.visit("LYG2026000001", "huaguoshan", "gate1", AT);
        register.visit("lyg2026000001", "liandao", "gate1", AT.plusSeconds(3600));
        List<CardVisit> visits = register.visits("LYG2026000001");
        assertEquals(List.of("huaguoshan", "liandao"), visits.stream().map(v -> v.scenicArea).toList());
    }

    /** Art.4.5: who looked up which number is kept, newest first, found or not. */
    @Test
    public void lookUpsAreKeptWithWhatTheCallerWasTold() {
        issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        register.checked("lyg2026000001", "gate1", AT, "VALID", null);
        register.checked("LYG2026000002", "gate1", AT.plusSeconds(5), CardCheck.NOT_FOUND, null);
        register.checked("LYG2026000001", "gate3", AT.plusSeconds(9), "VALID", "huaguoshan");
        register.checked("X".repeat(60), "gate2", AT.plusSeconds(12), CardCheck.NOT_FOUND, null);
        List<CardCheck> byGate = register.checks("gate1", null, 0, 50).items;
        // A number that named no card is kept by its ends only: it may be a person's identity number.
        assertEquals(List.of("LY*********02", "LYG2026000001"), byGate.stream().map(c -> c.cardNumber).toList());
        assertEquals(List.of(CardCheck.NOT_FOUND, "VALID"), byGate.stream().map(c -> c.outcome).toList());
        assertEquals(List.of("gate3", "gate1"),
                register.checks(null, "lyg2026000001", 0, 50).items.stream().map(c -> c.checkedBy).toList());
        // A look-up made to record a free visit says where; a plain look-up does not.
        assertEquals(Arrays.asList("huaguoshan", null),
                register.checks(null, "lyg2026000001", 0, 50).items.stream().map(c -> c.scenicArea).toList());
        // A page of them, with the total to read on.
        Page<CardCheck> second = register.checks(null, null, 1, 1);
        assertEquals(4, second.total);
        assertEquals(List.of("gate3"), second.items.stream().map(c -> c.checkedBy).toList());
        assertEquals("a made-up number is kept as far as it fits", 20, register.checks("gate2", null, 0, 5).items.get(0).cardNumber.length());
    }

    /** An identity number typed into the card look-up is never kept or listed whole. */
    @Test
    public void anIdentityNumberTypedAsACardNumberIsKeptMasked() throws Exception {
        register.checked("11010519491231002x", "gate1", AT, CardCheck.NOT_FOUND, null);
        CardCheck kept = register.checks("gate1", null, 0, 5).items.get(0);
        assertEquals("1101**********002X", kept.cardNumber);
        assertEquals(0, jpa.rows("GOLD_CARD_CHECK WHERE CARD_NUMBER LIKE '%194912%'"));
        // Asked for by the whole number, the talent office finds it.
        assertEquals(1, register.checks(null, "11010519491231002X", 0, 5).total);
        // A row kept whole before masking on keeping is masked when listed.
        CardCheck old = new CardCheck();
        old.cardNumber = "13812345678";
        old.outcome = CardCheck.NOT_FOUND;
        assertEquals("13*******78", old.shownNumber());
        old.outcome = "VALID";
        assertEquals("13812345678", old.shownNumber());
    }

    @Test
    public void aGateSeesTheHolderMasked() {
        assertEquals("王*明", GoldCardResource.maskedName("王晓明"));
        assertEquals("王*", GoldCardResource.maskedName("王明"));
        assertEquals("欧**华", GoldCardResource.maskedName("欧阳振华"));
        assertEquals("𠮷*明", GoldCardResource.maskedName("𠮷晓明"));
    }

    @Test
    public void art45OneUsableCardPerHolderARevokedOneIsReplaced() throws Exception {
        Talent holder = talent("t1", "王晓明");
        issuing.handle(resolve("0001", holder, null));
        SecondCardRule rule = new SecondCardRule(register, jurisdiction -> goldCardOrigin == ServiceOrigin.CITY);
        Application again = booking(holder, null, null);
        again.serviceCode = "gold-card";
        Verdict held = rule.evaluate(again);
        assertEquals("GOLD_CARD_HELD", held.code());
        assertTrue(held.reasonZh(), held.reasonZh().contains("LYG2026000001"));
        // A ticket submitted before the first card was issued is refused at resolution instead.
        assertEquals("GOLD_CARD_HELD", refused(() -> issuing.handle(resolve("0002", holder, null))).code());
        assertEquals("GOLD_CARD_HELD", refused(() -> register.record("PAPER001", holder, LocalDate.of(2027, 1, 1), "supervisor1",
                AT, null)).code());
        assertEquals(1, rows("GOLD_CARD"));

        register.revoke("LYG2026000001", "挂失", "supervisor1", AT);
        assertTrue(rule.evaluate(again).isEligible());
        assertEquals("LYG2026000002", issuing.handle(resolve("0002", holder, null)).values.get("cardNumber"));
        goldCardOrigin = ServiceOrigin.COUNTY_REPLACEMENT;
        assertTrue(rule.evaluate(again).isEligible());
    }

    @Test
    public void theRegisterNumbersPastACardRecordedInItsRange() throws Exception {
        register.record("LYG2026000001", talent("t1", "王晓明"), LocalDate.of(2027, 1, 1), "supervisor1", AT, "旧系统发放");
        assertEquals("LYG2026000002", issuing.handle(resolve("0002", talent("t2", "李四"), null)).values.get("cardNumber"));
        issuing.handle(resolve("0003", talent("t3", "赵五"), "LYG2026000003"));
        assertEquals("LYG2026000004", issuing.handle(resolve("0004", talent("t4", "钱六"), null)).values.get("cardNumber"));
    }

    @Test
    public void theCardNumberIsTheOnlyValueAndOnResolvingOnly() {
        // Declared, so the window refuses a misspelt name ("cardnumber") instead of numbering the card anew.
        assertEquals(Set.of("cardNumber"), issuing.valueNames(TicketAction.RESOLVE));
        for (TicketAction other : TicketAction.values()) {
            if (other != TicketAction.RESOLVE) {
                assertEquals(other.name(), Set.of(), issuing.valueNames(other));
            }
        }
    }

    @Test
    public void aSecondTapAtTheSameGateTheSameDayIsNotASecondVisit() throws Exception {
        issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        register.visit("LYG2026000001", "huaguoshan", "gate1", AT);
        Refusal twice = refused(() -> register.visit("LYG2026000001", "huaguoshan", "gate1", AT.plusMillis(22)));
        assertEquals("VISIT_ALREADY_RECORDED", twice.code());
        assertTrue(twice.messageZh(), twice.messageZh().contains("10:00"));
        // Another scenic area the same day, or the same one the next day (Asia/Shanghai), is another visit.
        register.visit("LYG2026000001", "liandao", "gate2", AT.plusSeconds(3600));
        register.visit("LYG2026000001", "huaguoshan", "gate1", Instant.parse("2026-11-25T16:00:00Z"));
        assertEquals(3, rows("GOLD_CARD_VISIT"));
    }

    @Test
    public void aGateComparesTheEndOfTheDocumentNumberNoMoreThanAListShows() {
        assertEquals("002X", GoldCardRegister.tail("11010519491231002X"));
        assertEquals("67", GoldCardRegister.tail("E1234567"));
        assertEquals("5", GoldCardRegister.tail("H12345"));
    }

    @Test
    public void aRetryWithAnotherPrintedNumberIsRefusedNotDropped() throws Exception {
        issuing.handle(resolve("0001", talent("t1", "王晓明"), "BK00000001"));
        Refusal r = refused(() -> issuing.handle(resolve("0001", talent("t1", "王晓明"), "BK00000002")));
        assertEquals("TICKET_HAS_CARD", r.code());
        assertTrue(r.messageZh(), r.messageZh().contains("BK00000001") && r.messageZh().contains("BK00000002"));
        assertEquals("BK00000001", issuing.handle(resolve("0001", talent("t1", "王晓明"), null)).values.get("cardNumber"));
        assertEquals(1, rows("GOLD_CARD"));
    }

    @Test
    public void art5OnlyTheIssuingUnitsResolutionIssuesACardAndValuesGoWithItOnly() throws Exception {
        TicketTransition elsewhere = resolve("0001", talent("t1", "王晓明"), null);
        elsewhere.unit = "EDUCATION";
        Refusal r = refused(() -> issuing.handle(elsewhere));
        assertEquals("ISSUER_ONLY", r.code());
        assertTrue(r.messageZh(), r.messageZh().startsWith("金卡由连云港市人力资源和社会保障局制发"));
        assertTrue(r.messageEn(), r.messageEn().startsWith("Gold cards are issued by the Municipal Human Resources"));
        // The card number goes with resolving only (the window refuses it on another action, as declared).
        assertEquals(Set.of(), issuing.valueNames(TicketAction.CONTACT));
        TicketTransition contact = resolve("0001", talent("t1", "王晓明"), null);
        contact.action = TicketAction.CONTACT;
        assertNull(issuing.handle(contact));
        assertEquals(0, rows("GOLD_CARD"));
    }

    @Test
    public void art45ACardInItsLastNinetyDaysIsRenewedByTheNewOne() throws Exception {
        Talent holder = talent("t1", "王晓明");
        // Valid until 2027-01-31: 67 days after 2026-11-25.
        register.record("PAPER001", holder, LocalDate.of(2027, 1, 31), "supervisor1", AT, null);
        SecondCardRule rule = new SecondCardRule(register, jurisdiction -> true);
        Application renewal = booking(holder, null, null);
        assertTrue(rule.evaluate(renewal).isEligible());
        Outcome o = issuing.handle(resolve("0001", holder, null));
        assertEquals("LYG2026000001", o.values.get("cardNumber"));
        GoldCardRegister.Card old = register.find("PAPER001").orElseThrow();
        assertEquals(GoldCardRegister.Status.REVOKED, old.status(LocalDate.of(2026, 11, 26)));
        assertTrue(old.revocation().reason, old.revocation().reason.contains("LYG2026000001"));
        // The new card is five years away from its end: no renewal yet.
        assertEquals("GOLD_CARD_HELD", rule.evaluate(renewal).code());
    }

    @Test
    public void art45ASecondRequestWhileOneIsUnderWayIsRefusedOnApplying() throws Exception {
        SecondCardRule rule = new SecondCardRule(register, jurisdiction -> true);
        Application again = booking(talent("t1", "王晓明"), null, null);
        again.openRequests.add("320700-20261120-0007");
        Verdict refused = rule.evaluate(again);
        assertEquals("GOLD_CARD_PENDING", refused.code());
        assertTrue(refused.reasonZh(), refused.reasonZh().contains("320700-20261120-0007"));
        assertTrue(refused.reasonEn(), refused.reasonEn().contains("320700-20261120-0007"));
        // Where a county's own card is in force (Art.9), the city's rule says nothing.
        assertTrue(new SecondCardRule(register, jurisdiction -> false).evaluate(again).isEligible());
        again.openRequests.clear();
        assertTrue(rule.evaluate(again).isEligible());
    }

    @Test
    public void twoCardsForOneHolderAtTheSameMomentAreDecidedOneAfterTheOther() throws Exception {
        Talent holder = talent("t1", "王晓明");
        // A lost card first: the holder is known to the register, and the next ones race.
        issuing.handle(resolve("lost", holder, null));
        register.revoke("LYG2026000001", "挂失", "supervisor1", AT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String ticket = String.format("%04d", i);
                answers.add(pool.submit(() -> issuing.handle(resolve(ticket, holder, null))));
            }
            int issued = 0;
            int held = 0;
            for (Future<Outcome> f : answers) {
                try {
                    f.get();
                    issued++;
                } catch (ExecutionException e) {
                    assertEquals("GOLD_CARD_HELD", ((Refusal) e.getCause()).code());
                    held++;
                }
            }
            assertEquals(1, issued);
            assertEquals(7, held);
            assertEquals(2, rows("GOLD_CARD"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void tapsAtTheSameMomentCountOneVisitAndNoneAfterARevocation() throws Exception {
        issuing.handle(resolve("0001", talent("t1", "王晓明"), null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CardVisit>> taps = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long millis = i;
                taps.add(pool.submit(() -> register.visit("LYG2026000001", "huaguoshan", "gate1", AT.plusMillis(millis))));
            }
            int recorded = 0;
            for (Future<CardVisit> f : taps) {
                try {
                    f.get();
                    recorded++;
                } catch (ExecutionException e) {
                    assertEquals("VISIT_ALREADY_RECORDED", ((Refusal) e.getCause()).code());
                }
            }
            assertEquals(1, recorded);
        } finally {
            pool.shutdownNow();
        }
        register.revoke("LYG2026000001", "挂失", "supervisor1", AT.plusSeconds(60));
        assertEquals("GOLD_CARD_NOT_VALID", refused(() -> register.visit("LYG2026000001", "liandao", "gate1",
                AT.plusSeconds(120))).code());
        assertEquals(1, rows("GOLD_CARD_VISIT"));
    }
}
