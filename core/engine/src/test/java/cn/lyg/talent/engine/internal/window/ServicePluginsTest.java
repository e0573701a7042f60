package cn.lyg.talent.engine.internal.window;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.CatalogEntry;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormExtension;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.GuideRevision;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOrigin;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TicketListener;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketEvent;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TicketQuery;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.catalog.ServiceCatalogImpl;
import cn.lyg.talent.engine.internal.catalog.TestCatalogs;
import cn.lyg.talent.engine.internal.registry.TalentRegistryTest;

/**
 * Services as plugins (Art.4, Art.9) through the window: the catalog decides which offering is in
 * force, the form is checked in core, rules and handlers are called with a time limit, and what
 * they leave stays on the ticket.
 */
public class ServicePluginsTest {
    private WindowFixture f;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private static ServiceDefinition goldCard() {
        ServiceDefinition d = TestCatalogs.definition("gold-card", null, "HRSS");
        d.article = "Art.4.5";
        FormField purpose = TestCatalogs.field("purpose", FieldType.CHOICE, true);
        purpose.choices.add(new Choice("scenic", new Text("景区游览", "Scenic areas")));
        purpose.choices.add(new Choice("travel", new Text("交通出行", "Travel")));
        FormField family = TestCatalogs.field("familyMembers", FieldType.NUMBER, false);
        family.min = "0";
        family.max = "6";
        FormField since = TestCatalogs.field("inCitySince", FieldType.DATE, false);
        since.max = "today";
        FormField phone = TestCatalogs.field("contactPhone", FieldType.TEXT, false);
        phone.pattern = "1[3-9][0-9]{9}";
        d.form = List.of(purpose, family, since, phone);
        return d;
    }

    private TicketInput input(String code, Map<String, Object> form) {
        TicketInput in = new TicketInput();
        in.serviceCode = code;
        in.description = "申请金卡";
        in.form.putAll(form);
        return in;
    }

    private static Refusal refused(Runnable call, String code) {
        try {
            call.run();
            fail("refusal " + code + " expected");
            return null;
        } catch (Refusal r) {
            assertEquals(r.messageEn(), code, r.code());
            return r;
        }
    }

    /** A talent of Donghai county (320722), account donghai1. */
    private Actor donghaiTalent() {
        TalentInput in = TalentRegistryTest.talent("东海人才", 71);
        in.account = "donghai1";
        in.jurisdiction = "320722";
        String id = f.registry.register(in, WindowFixture.WINDOW).id;
        CertificationInput c = new CertificationInput();
        c.talentClass = TalentClass.D;
        c.certifiedBy = "市人才办";
        c.basis = "认定";
        c.validFrom = LocalDate.of(2025, 1, 1);
        f.registry.certify(id, c, WindowFixture.SUPERVISOR);
        return WindowFixture.actor("donghai1", null, Role.TALENT);
    }

    @Test
    public void formIsCheckedInCoreWithEveryFieldNamedAndNothingWritten() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        Map<String, Long> before = f.db.snapshot();
        long tickets = f.db.count("TICKET");
        Refusal r = refused(() -> f.window.submit(input("gold-card", Map.of("familyMembers", "seven",
                "inCitySince", "2999-01-01", "contactPhone", "12345", "colour", "red")), WindowFixture.TALENT),
                "TICKET_INVALID");
        assertEquals(List.of("form.purpose", "form.familyMembers", "form.inCitySince", "form.contactPhone", "form.colour"),
                r.fieldErrors().stream().map(e -> e.field).toList());
        assertEquals(List.of("REQUIRED", "NOT_A_NUMBER", "OUT_OF_RANGE", "PATTERN", "UNKNOWN_FIELD"),
                r.fieldErrors().stream().map(e -> e.code).toList());
        assertTrue(r.fieldErrors().get(0).messageZh.contains("必填"));
        refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "shopping", "familyMembers", 9)),
                WindowFixture.TALENT), "TICKET_INVALID");
        // A date field without a lower bound in its descriptor still keeps to the dates the platform keeps.
        Refusal old = refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "scenic",
                "inCitySince", "1899-12-31")), WindowFixture.TALENT), "TICKET_INVALID");
        assertEquals("OUT_OF_RANGE", old.fieldErrors().get(0).code);
        assertTrue(old.fieldErrors().get(0).messageEn, old.fieldErrors().get(0).messageEn.contains("1900-01-01"));
        assertEquals(before, f.db.snapshot());
        assertEquals(tickets, f.db.count("TICKET"));
        assertEquals(0, f.db.count("TICKET_FORM_VALUE"));

        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "scenic", "familyMembers", 2,
                "inCitySince", "2020-03-01")), WindowFixture.TALENT);
        // Read back typed as the form says, as a client sent it: a number, a date.
        assertEquals(Map.of("purpose", "scenic", "familyMembers", new BigDecimal("2"),
                "inCitySince", LocalDate.of(2020, 3, 1)), t.form);
        // Staff read which bundle served it; the talent, who submitted, does not (forActor).
        assertNull(t.serviceProvider);
        assertEquals("city.goldcard 1.0.0", f.window.get(t.id, WindowFixture.WINDOW).serviceProvider);
        assertEquals("CITY", t.serviceOrigin);
        assertTrue(t.serviceOffered);
    }

    /**
     * Art.6 return for missing materials: the resubmission carries the corrected form, checked as
     * at submission (core, then the county's rules) with nothing written when refused; it replaces
     * the stored form and the history names what changed. Other steps do not take a form.
     */
    @Test
    public void aResubmissionCorrectsTheFormCheckedAsAtSubmission() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        EligibilityRule sixMonths = a -> ((BigDecimal) a.form.get("monthsInCounty")).intValue() >= 6
                ? Verdict.eligible()
                : Verdict.refused("DONGHAI_SIX_MONTHS", "monthsInCounty", "须在本县工作满六个月。", "Six months of work in the county are required.");
        FormExtension months = () -> {
            FormField m = TestCatalogs.field("monthsInCounty", FieldType.NUMBER, true);
            m.min = "0";
            return List.of(m);
        };
        TestCatalogs.extend(f.catalog, months, "gold-card", "320722", "donghai.rules", 0);
        TestCatalogs.extend(f.catalog, sixMonths, "gold-card", "320722", "donghai.rules", 0);
        Actor donghai = donghaiTalent();
        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "travel", "monthsInCounty", 8)), donghai);
        Actor donghaiWindow = new Actor("dh", EnumSet.of(Role.WINDOW), "320722", null);
        TransitionInput ret = new TransitionInput();
        ret.comment = "请补充家庭成员人数";
        f.window.transition(t.id, TicketAction.RETURN, ret, donghaiWindow);

        Map<String, Long> before = f.db.snapshot();
        long values = f.db.count("TICKET_FORM_VALUE");
        long events = f.db.count("TICKET_EVENT");
        TransitionInput bad = new TransitionInput();
        bad.form = Map.of("purpose", "travel", "monthsInCounty", 8, "familyMembers", "seven");
        Refusal r = refused(() -> f.window.transition(t.id, TicketAction.RESUBMIT, bad, donghai), "TRANSITION_INVALID");
        assertEquals("form.familyMembers", r.fieldErrors().get(0).field);
        TransitionInput tooShort = new TransitionInput();
        tooShort.form = Map.of("purpose", "travel", "monthsInCounty", 3, "familyMembers", 2);
        refused(() -> f.window.transition(t.id, TicketAction.RESUBMIT, tooShort, donghai), "SERVICE_NOT_ELIGIBLE");
        assertEquals(before, f.db.snapshot());
        assertEquals(values, f.db.count("TICKET_FORM_VALUE"));
        assertEquals(events, f.db.count("TICKET_EVENT"));
        assertEquals(TicketState.RETURNED, f.window.get(t.id, donghai).state);

        TransitionInput fixed = new TransitionInput();
        fixed.comment = "已补充";
        fixed.form = Map.of("purpose", "travel", "monthsInCounty", 8, "familyMembers", 2);
        long version = f.window.get(t.id, donghai).version;
        Ticket resubmitted = f.window.transition(t.id, TicketAction.RESUBMIT, fixed, donghai);
        assertEquals(TicketState.SUBMITTED, resubmitted.state);
        assertEquals("one new version, as for any step", version + 1, resubmitted.version);
        assertEquals(Map.of("purpose", "travel", "monthsInCounty", new BigDecimal("8"),
                "familyMembers", new BigDecimal("2")), resubmitted.form);
        assertEquals(resubmitted.form, f.window.get(t.id, donghai).form);
        TicketEvent last = resubmitted.history.get(resubmitted.history.size() - 1);
        assertEquals("已补充（补正表单：字段familyMembers （空） → 2）", last.comment);
        assertEquals("已补充 (Form corrected: Field familyMembers (empty) → 2)", last.commentEn);

        TransitionInput stray = new TransitionInput();
        stray.form = Map.of("purpose", "scenic");
        Refusal notUsed = refused(() -> f.window.transition(t.id, TicketAction.ACCEPT, stray, donghaiWindow),
                "TRANSITION_INVALID");
        assertEquals("form:NOT_USED_BY_ACTION", notUsed.fieldErrors().get(0).field + ":" + notUsed.fieldErrors().get(0).code);
    }

    /** The history's account of a corrected form: labels and choices as shown, long values cut, within its length. */
    @Test
    public void theAccountOfACorrectedFormReadsAsTheFormAndFitsTheHistory() {
        List<FormField> form = goldCard().form;
        Text purpose = OneStopWindowImpl.changes(null, form, Map.of("purpose", List.of("scenic")), Map.of("purpose", List.of("travel")));
        assertEquals("补正表单：字段purpose 景区游览 → 交通出行", purpose.zh);
        assertEquals("Form corrected: Field purpose Scenic areas → Travel", purpose.en);
        String longText = "长".repeat(100);
        Text account = OneStopWindowImpl.changes("备注".repeat(1990), form, Map.of(),
                Map.of("contactPhone", List.of(longText)));
        assertEquals(4000, account.zh.length());
        // The note gives way, not the account of the changes: the first values stay readable (Art.6).
        assertTrue(account.zh, account.zh.startsWith("备注") && account.zh.contains("…（补正表单：")
                && account.zh.endsWith("长…）"));
        assertEquals(4000, account.en.length());
        assertTrue(account.en, account.en.contains("… (Form corrected: ") && account.en.endsWith(")"));
        Text unchanged = OneStopWindowImpl.changes(null, form, Map.of("purpose", List.of("scenic")),
                Map.of("purpose", List.of("scenic")));
        assertEquals("表单未改", unchanged.zh);
        assertEquals("Form unchanged", unchanged.en);
        // Yes/no reads as 是/否, as the talent answered it.
        FormField consent = new FormField("consent", FieldType.YES_NO,
                new Text("同意", "Consent"), false);
        Text yesNo = OneStopWindowImpl.changes(null, List.of(consent),
                Map.of("consent", List.of("true")), Map.of("consent", List.of("false")));
        assertEquals("补正表单：同意 是 → 否", yesNo.zh);
        assertEquals("Form corrected: Consent yes → no", yesNo.en);
        // A document reads by its file name, as the form shows it, not by its id.
        FormField letter = new FormField("letter", FieldType.ATTACHMENT, new Text("接收函", "Letter"), false);
        Text documents = OneStopWindowImpl.changes(null, List.of(letter), Map.of("letter", List.of("625e6269")),
                Map.of("letter", List.of("d1bf927b")), Map.of(OneStopWindowImpl.shownKey("letter", "625e6269"),
                        Text.of("旧函.pdf", "旧函.pdf"), OneStopWindowImpl.shownKey("letter", "d1bf927b"), Text.of("新函.pdf", "新函.pdf")));
        assertEquals("补正表单：接收函 旧函.pdf → 新函.pdf", documents.zh);
    }

    /**
     * Art.4.5: a service whose work its plugin does (the gold card register numbers cards and
     * refuses a second) takes no request while that plugin is away, and says why; another
     * bundle's extension of the service does not stand in for it.
     */
    @Test
    public void aServiceThatNeedsItsPluginIsNotOfferedWithoutIt() throws Exception {
        ServiceDefinition card = goldCard();
        card.requiredPlugin = "city.goldcard";
        TestCatalogs.offer(f.catalog, card, "city.services", 0);
        assertTrue(f.catalog.get("gold-card", null).isEmpty());
        assertTrue(f.catalog.problems().stream().anyMatch(p -> p.message.contains("gold-card")
                && p.messageZh.contains("插件 city.goldcard 未运行")));
        ServiceHandler county = t -> null;
        TestCatalogs.extend(f.catalog, county, "gold-card", null, "county.extension", 0);
        assertTrue(f.catalog.get("gold-card", null).isEmpty());
        long before = f.db.count("TICKET");
        refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT),
                "TICKET_INVALID");
        assertEquals(before, f.db.count("TICKET"));
        ServiceHandler register = t -> null;
        long handler = TestCatalogs.extend(f.catalog, register, "gold-card", null, "city.goldcard", 0);
        assertTrue(f.catalog.get("gold-card", null).isPresent());
        assertTrue(f.catalog.problems().stream().noneMatch(p -> p.message.contains("gold-card")));
        f.catalog.withdraw(ServiceCatalogImpl.Kind.HANDLER, handler);
        assertTrue(f.catalog.get("gold-card", null).isEmpty());
    }

    /** Art.9: a jurisdiction the platform does not know is refused, and reading it publishes no guide. */
    @Test
    public void anUnknownJurisdictionIsRefusedAndGetsNoGuide() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        long guides = f.db.count("SERVICE_GUIDE");
        for (Runnable read : List.<Runnable>of(() -> f.catalog.list("999"), () -> f.catalog.get("gold-card", "999"),
                () -> f.catalog.guide("gold-card", "999", 0), () -> f.catalog.guideRevisions("gold-card", "999"))) {
            refused(read, "JURISDICTION_NOT_FOUND");
        }
        assertEquals(guides, f.db.count("SERVICE_GUIDE"));
        assertTrue(f.catalog.get("gold-card", " 320722 ").isPresent());
    }

    /**
     * A client reads back what it sent, typed by the form: yes/no as a boolean and a multiple
     * choice as a list even with one choice. Once the service is withdrawn (Art.9) the ticket
     * still shows its form, as the stored text.
     */
    @Test
    public void theFormReadsBackTypedAsTheServiceDefinesIt() {
        ServiceDefinition d = TestCatalogs.definition("gold-card", null, "HRSS");
        FormField consent = TestCatalogs.field("consent", FieldType.YES_NO, true);
        FormField topics = TestCatalogs.field("topics", FieldType.MULTI_CHOICE, false);
        topics.choices.add(new Choice("a", new Text("甲", "A")));
        topics.choices.add(new Choice("b", new Text("乙", "B")));
        d.form = List.of(consent, topics);
        long offered = TestCatalogs.offer(f.catalog, d, "city.goldcard", 0);
        Ticket t = f.window.submit(input("gold-card", Map.of("consent", true, "topics", List.of("a"))),
                WindowFixture.TALENT);
        assertEquals(Map.of("consent", Boolean.TRUE, "topics", List.of("a")), t.form);
        assertEquals(t.form, f.window.get(t.id, WindowFixture.WINDOW).form);
        assertEquals(t.form, f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW).form);
        f.catalog.withdraw(ServiceCatalogImpl.Kind.OFFERING, offered);
        assertEquals(Map.of("consent", "true", "topics", "a"), f.window.get(t.id, WindowFixture.WINDOW).form);
    }

    /**
     * A submission and a transition answer without reading back what they just wrote (Art.6: the
     * talent sees every step in one place): the answer must equal what a later read shows.
     */
    @Test
    public void answersToSubmissionAndTransitionShowWhatALaterReadShows() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        Ticket submitted = f.window.submit(input("gold-card", Map.of("purpose", "travel", "inCitySince", "2020-03-01",
                "familyMembers", 3, "contactPhone", "13912345678")), WindowFixture.TALENT);
        assertEquals(shown(f.window.get(submitted.id, WindowFixture.TALENT)), shown(submitted));
        assertEquals(List.of("contactPhone", "familyMembers", "inCitySince", "purpose"),
                List.copyOf(submitted.form.keySet()));

        Ticket accepted = f.window.transition(submitted.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW);
        TransitionInput to = new TransitionInput();
        to.unit = "HRSS";
        Ticket dispatched = f.window.transition(submitted.id, TicketAction.DISPATCH, to, WindowFixture.WINDOW);
        assertEquals(2, accepted.history.size());
        assertEquals(3, dispatched.history.size());
        assertEquals(shown(f.window.get(submitted.id, WindowFixture.WINDOW)), shown(dispatched));
    }

    /** Everything a ticket shows that the answers build from memory, as comparable text. */
    private static String shown(Ticket t) {
        StringBuilder sb = new StringBuilder().append(t.state).append(' ').append(t.version).append(' ')
                .append(t.form).append(' ').append(t.nextDueAt).append('\n');
        t.history.forEach(h -> sb.append(h.sequence).append(' ').append(h.action).append(' ').append(h.fromState)
                .append('>').append(h.toState).append(' ').append(h.at).append(' ').append(h.step).append(' ')
                .append(h.dueAt).append(' ').append(h.comment).append('\n'));
        t.steps.forEach(s -> sb.append(s.step).append(' ').append(s.status).append(' ').append(s.dueAt).append('\n'));
        t.outcomes.forEach(o -> sb.append(o.action).append(' ').append(o.summaryEn).append('\n'));
        return sb.toString();
    }

    @Test
    public void art9ACountyReplacementWinsInItsJurisdictionOnlyAndTheCityVersionReturns() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        ServiceDefinition local = goldCard();
        local.jurisdiction = "320722";
        local.name = new Text("东海县人才金卡", "Donghai talent gold card");
        long county = TestCatalogs.offer(f.catalog, local, "donghai.goldcard", 10);

        CatalogEntry there = f.catalog.get("gold-card", "320722").orElseThrow();
        assertEquals("donghai.goldcard", there.provider.bundle);
        assertEquals(ServiceOrigin.COUNTY_REPLACEMENT, there.origin);
        assertEquals("city.goldcard", there.standby.get(0).bundle);
        CatalogEntry city = f.catalog.get("gold-card", "320706").orElseThrow();
        assertEquals("city.goldcard", city.provider.bundle);
        // Donghai's version never applies in Haizhou: it does not stand by there.
        assertTrue(city.standby.isEmpty());

        Actor donghai = donghaiTalent();
        Ticket before = f.window.submit(input("gold-card", Map.of("purpose", "travel")), donghai);
        assertEquals("donghai.goldcard 1.0.0", f.window.get(before.id, WindowFixture.WINDOW).serviceProvider);
        assertEquals("COUNTY_REPLACEMENT", before.serviceOrigin);
        Ticket cityTicket = f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT);
        assertEquals("city.goldcard 1.0.0", f.window.get(cityTicket.id, WindowFixture.WINDOW).serviceProvider);

        // Uninstalling the replacement brings the city version back; the ticket keeps its record.
        f.catalog.withdraw(ServiceCatalogImpl.Kind.OFFERING, county);
        assertEquals(ServiceOrigin.CITY, f.catalog.get("gold-card", "320722").orElseThrow().origin);
        TicketInput again = input("gold-card", Map.of("purpose", "travel"));
        again.description = "再次申请金卡";
        Ticket after = f.window.submit(again, donghai);
        assertEquals("city.goldcard 1.0.0", f.window.get(after.id, WindowFixture.WINDOW).serviceProvider);
        Ticket waiting = f.window.get(before.id, WindowFixture.WINDOW);
        assertEquals("donghai.goldcard 1.0.0", waiting.serviceProvider);
        // It still reads by the name of the service it was submitted to, in the list too.
        assertEquals("东海县人才金卡", waiting.serviceName.zh);
        assertEquals("Donghai talent gold card", waiting.serviceName.en);
        TicketQuery byDonghai = new TicketQuery();
        byDonghai.talentId = before.talentId;
        assertTrue(f.window.find(byDonghai, WindowFixture.WINDOW).items.stream()
                .anyMatch(x -> x.id.equals(before.id) && "东海县人才金卡".equals(x.serviceName.zh)));
        // The county's ticket is not handed to the city's version (another form, other terms):
        // it waits for the county's plugin, as any ticket of an uninstalled service.
        assertFalse(waiting.serviceOffered);
        refused(() -> f.window.transition(before.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW),
                "SERVICE_NOT_OFFERED");
        // And the city's tickets stay with the city's version while a replacement is in force.
        assertTrue(f.window.get(cityTicket.id, WindowFixture.WINDOW).serviceOffered);
    }

    /**
     * Art.4.5 (a gold card given once at a time): the rules see the talent's unfinished requests of
     * the service, oldest first, on submission and on a resubmission (without the ticket itself);
     * a finished one drops out.
     */
    @Test
    public void rulesSeeTheTalentsUnfinishedRequestsOfTheService() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        TestCatalogs.offer(f.catalog, TestCatalogs.definition("tax", null, "TAX"), "city.tax", 0);
        List<List<String>> seen = new ArrayList<>();
        EligibilityRule watching = a -> {
            seen.add(List.copyOf(a.openRequests));
            return Verdict.eligible();
        };
        TestCatalogs.extend(f.catalog, watching, "gold-card", null, "city.rules", 0);
        Ticket first = f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT);
        f.window.submit(input("tax", Map.of()), WindowFixture.TALENT);
        TicketInput other = input("gold-card", Map.of("purpose", "scenic"));
        Ticket second = f.window.submit(other, WindowFixture.TALENT);
        TicketInput third = input("gold-card", Map.of("purpose", "scenic"));
        third.description = "再次申请金卡";
        f.window.submit(third, WindowFixture.TALENT);
        assertEquals(List.of(List.of(), List.of(first.number), List.of(first.number, second.number)), seen);

        f.window.transition(first.id, TicketAction.WITHDRAW, null, WindowFixture.TALENT);
        TransitionInput ret = new TransitionInput();
        ret.comment = "请补充用途说明";
        f.window.transition(second.id, TicketAction.RETURN, ret, WindowFixture.WINDOW);
        TransitionInput fixed = new TransitionInput();
        fixed.form = Map.of("purpose", "travel");
        f.window.transition(second.id, TicketAction.RESUBMIT, fixed, WindowFixture.TALENT);
        assertEquals(1, seen.get(3).size());
        assertFalse(seen.get(3).toString(), seen.get(3).contains(second.number));
        assertFalse(seen.get(3).toString(), seen.get(3).contains(first.number));
    }

    @Test
    public void art9ExtensionsAddFieldsAndRulesWithoutReplacing() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        FormExtension months = () -> {
            FormField m = TestCatalogs.field("monthsInCounty", FieldType.NUMBER, true);
            m.min = "0";
            // A clash with the service's own field is left out and reported.
            return List.of(m, TestCatalogs.field("purpose", FieldType.TEXT, false));
        };
        EligibilityRule sixMonths = a -> ((BigDecimal) a.form.get("monthsInCounty")).intValue() >= 6
                ? Verdict.eligible()
                : Verdict.refused("DONGHAI_SIX_MONTHS", "monthsInCounty", "须在本县工作满六个月。", "Six months of work in the county are required.");
        TestCatalogs.extend(f.catalog, months, "gold-card", "320722", "donghai.rules", 0);
        TestCatalogs.extend(f.catalog, sixMonths, "gold-card", "320722", "donghai.rules", 0);

        CatalogEntry there = f.catalog.get("gold-card", "320722").orElseThrow();
        assertEquals("city.goldcard", there.provider.bundle);
        assertEquals(5, there.definition.form.size());
        assertEquals(1, there.warnings.size());
        assertEquals(4, f.catalog.get("gold-card", "320706").orElseThrow().definition.form.size());

        Actor donghai = donghaiTalent();
        long tickets = f.db.count("TICKET");
        Refusal r = refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "travel", "monthsInCounty", 3)),
                donghai), "SERVICE_NOT_ELIGIBLE");
        // A message with an argument and an apostrophe comes out whole (MessageFormat quoting).
        assertEquals("The service's conditions are not met (1 reason(s)).", r.messageEn());
        assertEquals("form.monthsInCounty", r.fieldErrors().get(0).field);
        assertEquals("DONGHAI_SIX_MONTHS", r.fieldErrors().get(0).code);
        assertEquals("须在本县工作满六个月。", r.fieldErrors().get(0).messageZh);
        assertEquals(tickets, f.db.count("TICKET"));
        assertNotNull(f.window.submit(input("gold-card", Map.of("purpose", "travel", "monthsInCounty", 8)), donghai).id);
        // The city's talents see neither the field nor the rule.
        assertNotNull(f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT).id);
    }

    @Test
    public void aThrowingHangingOrNonsensePluginIsRecordedOnTheTicketAndTheWindowGoesOn() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        EligibilityRule throwing = a -> {
            throw new IllegalStateException("rule broke");
        };
        EligibilityRule hanging = a -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Verdict.eligible();
        };
        EligibilityRule nonsense = a -> Verdict.refused(null, null, null);
        TestCatalogs.extend(f.catalog, throwing, "gold-card", null, "bad.throwing", 0);
        // A form extension that hangs is given up on when it appears; the form is never waited for.
        FormExtension hangingFields = () -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(TestCatalogs.field("never", FieldType.TEXT, false));
        };
        TestCatalogs.extend(f.catalog, hangingFields, "gold-card", null, "bad.fields", 0);
        assertTrue(f.catalog.problems().stream().anyMatch(p -> p.bundle.equals("bad.fields")));
        TestCatalogs.extend(f.catalog, hanging, "gold-card", null, "bad.hanging", 0);
        TestCatalogs.extend(f.catalog, nonsense, "gold-card", null, "bad.nonsense", 0);
        ServiceHandler handler = t -> null;
        TestCatalogs.extend(f.catalog, handler, "gold-card", null, "ok.handler", 0);

        long start = System.nanoTime();
        Ticket submitted = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue("the hanging rule costs the time limit, not its 30 s: " + millis, millis < 10_000);
        assertTrue("failures are for the clerk, not the talent", submitted.outcomes.isEmpty());
        Ticket t = f.window.get(submitted.id, WindowFixture.WINDOW);
        assertEquals(3, t.outcomes.size());
        assertTrue(t.outcomes.stream().allMatch(o -> o.failure));
        assertTrue(t.outcomes.stream().anyMatch(o -> o.plugin.startsWith("bad.throwing") && o.summaryEn.contains("rule broke")));
        assertTrue(t.outcomes.stream().anyMatch(o -> o.plugin.startsWith("bad.hanging") && o.summaryZh.contains("插件")));
        assertTrue(t.outcomes.stream().anyMatch(o -> o.plugin.startsWith("bad.nonsense")));
        // Other services are not touched.
        TicketInput other = new TicketInput();
        other.serviceCode = "housing";
        other.description = "人才公寓";
        assertTrue(f.window.submit(other, WindowFixture.TALENT).outcomes.isEmpty());
        assertEquals(TicketState.ACCEPTED, f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW).state);
    }

    @Test
    public void aHandlerRecordsOutcomesMayRefuseAndListenersHearCommittedTransitions() throws Exception {
        long offering = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        ServiceHandler cards = t -> {
            if (t.action != TicketAction.RESOLVE) {
                return null;
            }
            String number = t.values.get("cardNumber");
            if (number == null) {
                throw new Refusal(Refusal.Kind.INVALID, "CARD_NUMBER_REQUIRED", "请填写金卡卡号。", "Give the card number.", List.of());
            }
            return new Outcome(new Text("已发放金卡 " + number, "Gold card " + number + " issued")).with("cardNumber", number);
        };
        // One component registered as both the offering and its handler: one service id, two roles.
        TestCatalogs.extend(f.catalog, cards, "gold-card", null, "city.goldcard", 0, offering);
        List<TicketTransition> heard = new CopyOnWriteArrayList<>();
        CountDownLatch resolved = new CountDownLatch(1);
        TicketListener listener = t -> {
            heard.add(t);
            if (t.action == TicketAction.RESOLVE) {
                resolved.countDown();
            }
        };
        TestCatalogs.extend(f.catalog, listener, null, null, "audit.listener", 0);

        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        Ticket accepted = f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW);
        // Handled like any other step: one transition, one new version (a client's --version stays valid).
        assertEquals(t.version + 1, accepted.version);
        TransitionInput to = new TransitionInput();
        to.unit = "HRSS";
        f.window.transition(t.id, TicketAction.DISPATCH, to, WindowFixture.WINDOW);
        Actor hrss = WindowFixture.actor("dept_hrss", "HRSS", Role.DEPARTMENT);
        f.window.transition(t.id, TicketAction.CONTACT, null, hrss);
        TransitionInput resolve = new TransitionInput();
        resolve.reply = "金卡已制作";
        long events = f.db.count("TICKET_EVENT");
        refused(() -> f.window.transition(t.id, TicketAction.RESOLVE, resolve, hrss), "CARD_NUMBER_REQUIRED");
        assertEquals("the refused transition wrote nothing", events, f.db.count("TICKET_EVENT"));
        resolve.values.put("cardNumber", "LYG-2025-0001");
        long before = f.window.get(t.id, hrss).version;
        Ticket done = f.window.transition(t.id, TicketAction.RESOLVE, resolve, hrss);
        assertEquals(TicketState.RESOLVED, done.state);
        assertEquals(before + 1, done.version);
        assertEquals(done.version, f.window.get(t.id, hrss).version);
        assertEquals(1, done.outcomes.size());
        assertFalse(done.outcomes.get(0).failure);
        assertEquals("Gold card LYG-2025-0001 issued", done.outcomes.get(0).summaryEn);
        assertEquals(Map.of("cardNumber", "LYG-2025-0001"), done.outcomes.get(0).values);

        assertTrue(resolved.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(TicketAction.SUBMIT, TicketAction.ACCEPT, TicketAction.DISPATCH, TicketAction.CONTACT,
                TicketAction.RESOLVE),
                heard.stream().map(x -> x.action).toList());
        assertEquals(t.number, heard.get(0).number);
        assertEquals("scenic", heard.get(4).application.form.get("purpose"));

        // Values for a service without a handler are refused, not dropped.
        TicketInput other = new TicketInput();
        other.serviceCode = "housing";
        other.description = "人才公寓";
        Ticket housing = f.window.submit(other, WindowFixture.TALENT);
        TransitionInput stray = new TransitionInput();
        stray.values.put("x", "y");
        Refusal r = refused(() -> f.window.transition(housing.id, TicketAction.ACCEPT, stray, WindowFixture.WINDOW),
                "TRANSITION_INVALID");
        assertEquals("values", r.fieldErrors().get(0).field);
    }

    /** Takes a submitted gold-card request to HRSS's first contact; HRSS's handler, who may resolve it. */
    private Actor acceptedDispatchedToHrssAndContacted(String id) {
        f.window.transition(id, TicketAction.ACCEPT, null, WindowFixture.WINDOW);
        TransitionInput to = new TransitionInput();
        to.unit = "HRSS";
        f.window.transition(id, TicketAction.DISPATCH, to, WindowFixture.WINDOW);
        Actor hrss = WindowFixture.actor("dept_hrss", "HRSS", Role.DEPARTMENT);
        f.window.transition(id, TicketAction.CONTACT, null, hrss);
        return hrss;
    }

    /** A handler that declares the value names it takes; {@code calls} counts how often it was asked. */
    private static ServiceHandler declaring(AtomicInteger calls, boolean namesFail) {
        return new ServiceHandler() {
            @Override
            public Outcome handle(TicketTransition t) {
                calls.incrementAndGet();
                String number = t.values.get("cardNumber");
                return t.action != TicketAction.RESOLVE ? null
                        : new Outcome(new Text("已发放金卡 " + number, "Gold card " + number + " issued")).with("cardNumber", number);
            }

            @Override
            public Set<String> valueNames(TicketAction action) {
                if (namesFail) {
                    throw new IllegalStateException("names broke");
                }
                return action == TicketAction.RESOLVE ? Set.of("cardNumber", "validUntil") : Set.of();
            }
        };
    }

    @Test
    public void aValueNameTheHandlerDoesNotTakeIsRefusedAndNothingIsWritten() throws Exception {
        long offering = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        AtomicInteger calls = new AtomicInteger();
        TestCatalogs.extend(f.catalog, declaring(calls, false), "gold-card", null, "city.goldcard", 0, offering);
        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        TransitionInput accept = new TransitionInput();
        accept.values.put("cardNumber", "LYG-2025-0001");
        // Art.6: values on an action that takes none are refused, naming the action.
        Refusal none = refused(() -> f.window.transition(t.id, TicketAction.ACCEPT, accept, WindowFixture.WINDOW),
                "TRANSITION_INVALID");
        assertEquals("values.cardNumber", none.fieldErrors().get(0).field);
        assertEquals("NO_VALUES_ON_ACTION", none.fieldErrors().get(0).code);
        assertTrue(none.fieldErrors().get(0).messageZh, none.fieldErrors().get(0).messageZh.contains("受理"));
        Actor hrss = acceptedDispatchedToHrssAndContacted(t.id);

        TransitionInput typo = new TransitionInput();
        typo.reply = "金卡已制作";
        typo.values.put("cardnumber", "LYG-2025-0001");
        typo.values.put("cardNumber", "LYG-2025-0001");
        long events = f.db.count("TICKET_EVENT");
        long outcomes = f.db.count("TICKET_OUTCOME");
        long version = f.window.get(t.id, hrss).version;
        int asked = calls.get();
        Refusal r = refused(() -> f.window.transition(t.id, TicketAction.RESOLVE, typo, hrss), "TRANSITION_INVALID");
        // The misspelt name, with the names taken in both languages; the right one passes.
        assertEquals(1, r.fieldErrors().size());
        assertEquals("values.cardnumber", r.fieldErrors().get(0).field);
        assertEquals("VALUE_UNKNOWN", r.fieldErrors().get(0).code);
        assertTrue(r.fieldErrors().get(0).messageZh, r.fieldErrors().get(0).messageZh.contains("cardNumber、validUntil"));
        assertTrue(r.fieldErrors().get(0).messageEn, r.fieldErrors().get(0).messageEn.contains("cardNumber, validUntil"));
        assertEquals("the handler is not asked", asked, calls.get());
        assertEquals(events, f.db.count("TICKET_EVENT"));
        assertEquals(outcomes, f.db.count("TICKET_OUTCOME"));
        assertEquals(version, f.window.get(t.id, hrss).version);

        typo.values.remove("cardnumber");
        Ticket done = f.window.transition(t.id, TicketAction.RESOLVE, typo, hrss);
        assertEquals(Map.of("cardNumber", "LYG-2025-0001"), done.outcomes.get(done.outcomes.size() - 1).values);
    }

    @Test
    public void aHandlerFailingToNameItsValuesRefusesTheStepAsAFailingHandlerDoes() throws Exception {
        long offering = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        AtomicInteger calls = new AtomicInteger();
        TestCatalogs.extend(f.catalog, declaring(calls, true), "gold-card", null, "city.goldcard", 0, offering);
        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        Actor hrss = acceptedDispatchedToHrssAndContacted(t.id);
        TransitionInput resolve = new TransitionInput();
        resolve.reply = "金卡已制作";
        resolve.values.put("cardnumber", "LYG-2025-0002");
        int asked = calls.get();
        // Not unchecked: a misspelt name must not get through because the declaration broke.
        refused(() -> f.window.transition(t.id, TicketAction.RESOLVE, resolve, hrss), "SERVICE_PLUGIN_FAILED");
        assertEquals(asked, calls.get());
        assertEquals(TicketState.CONTACTED, f.window.get(t.id, hrss).state);
        assertTrue("the failure is on the ticket for the clerk", f.window.get(t.id, WindowFixture.WINDOW).outcomes.stream()
                .anyMatch(o -> o.failure && o.summaryEn.contains("value names")));
        // Without values the declaration is not needed, and the step goes on.
        resolve.values.clear();
        assertEquals(TicketState.RESOLVED, f.window.transition(t.id, TicketAction.RESOLVE, resolve, hrss).state);
    }

    @Test
    public void art9UninstallKeepsTicketsReadableAndReinstallResumesThem() throws Exception {
        long city = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        Ticket second = f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT);
        f.catalog.withdraw(ServiceCatalogImpl.Kind.OFFERING, city);
        Ticket read = f.window.get(t.id, WindowFixture.WINDOW);
        assertFalse(read.serviceOffered);
        assertEquals("city.goldcard 1.0.0", read.serviceProvider);
        // The bundle and its version are the operator's business; the talent reads the service's name.
        Ticket theirs = f.window.get(t.id, WindowFixture.TALENT);
        assertNull(theirs.serviceProvider);
        assertEquals("CITY", theirs.serviceOrigin);
        assertEquals(Map.of("purpose", "scenic"), read.form);
        // The form still reads as the talent filled it in, labels and choice included.
        assertEquals("字段purpose: 景区游览 / Field purpose: Scenic areas", read.formShown.stream()
                .map(e -> e.label.zh + ": " + e.value.zh + " / " + e.label.en + ": " + e.value.en).findFirst().orElseThrow());
        // Named as submitted: the plugin that named it is gone.
        Refusal waits = refused(() -> f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW),
                "SERVICE_NOT_OFFERED");
        assertTrue(waits.messageZh(), waits.messageZh().startsWith("服务事项“服务gold-card”暂停提供"));
        assertTrue(waits.messageEn(), waits.messageEn().startsWith("The service Service gold-card is not offered"));
        f.window.transition(second.id, TicketAction.WITHDRAW, null, WindowFixture.TALENT);
        assertTrue(f.inbox.list(WindowFixture.TALENT, true, 0, 50).items.stream()
                .anyMatch(n -> n.textZh.equals("申请 " + second.number + "（服务gold-card）已撤回。")));
        Refusal r = refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT),
                "TICKET_INVALID");
        assertEquals("SERVICE_UNKNOWN", r.fieldErrors().get(0).code);
        assertEquals("The service gold-card is not offered for this talent's jurisdiction.", r.fieldErrors().get(0).messageEn);
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        assertEquals(TicketState.ACCEPTED, f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW).state);
    }

    @Test
    public void art6GuideRevisionsAreKeptWhenTheDefinitionChanges() throws Exception {
        long first = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        GuideRevision r1 = f.catalog.guide("gold-card", "320706", 0).orElseThrow();
        assertEquals(1, r1.revision);
        assertTrue(r1.html.contains("服务指南"));
        assertTrue(r1.html.indexOf("服务指南") < r1.html.indexOf("service guide"));
        assertTrue(r1.html.contains("Art.4.5"));
        assertTrue(r1.html.contains("政策依据：第4条第5项"));
        // Reading again publishes nothing new.
        assertEquals(1, f.catalog.guide("gold-card", "320706", 0).orElseThrow().revision);
        ServiceDefinition revised = goldCard();
        revised.guide.fees = new Text("免费<script>", "Free");
        f.catalog.withdraw(ServiceCatalogImpl.Kind.OFFERING, first);
        TestCatalogs.offer(f.catalog, revised, "city.goldcard", 0);
        GuideRevision r2 = f.catalog.guide("gold-card", "320706", 0).orElseThrow();
        assertEquals(2, r2.revision);
        assertTrue(r2.html.contains("免费&lt;script&gt;"));
        assertEquals(List.of(2, 1), f.catalog.guideRevisions("gold-card", "320706").stream().map(g -> g.revision).toList());
        assertFalse(f.catalog.guide("gold-card", "320706", 1).orElseThrow().html.contains("免费"));
    }

    @Test
    public void anUnusableOfferingIsReportedAndNotOffered() throws Exception {
        ServiceDefinition broken = TestCatalogs.definition("Bad Code", null, "NO_SUCH_UNIT");
        TestCatalogs.offer(f.catalog, broken, "bad.bundle", 0);
        assertEquals(1, f.catalog.problems().size());
        assertTrue(f.catalog.problems().get(0).message.contains("NO_SUCH_UNIT"));
        // Every reason, in Chinese for the county operator too.
        assertEquals("代码“Bad Code”须为以连字符连接的小写英文单词，最多 60 个字符；责任单位“NO_SUCH_UNIT”不在单位目录中",
                f.catalog.problems().get(0).messageZh);
        assertTrue(f.catalog.list("320706").stream().noneMatch(e -> e.definition.code.equals("Bad Code")));
        assertEquals(List.of("child-schooling", "housing"), f.catalog.list("320706").stream().map(e -> e.definition.code).toList());
    }

    @Test
    public void aHandlerFailingAfterSubmissionRefusesTheStepAndRecordsTheFailureForTheClerkOnly() throws Exception {
        TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        ServiceHandler broken = t -> {
            if (t.action == TicketAction.ACCEPT) {
                throw new IllegalStateException("ledger unreachable");
            }
            return null;
        };
        TestCatalogs.extend(f.catalog, broken, "gold-card", null, "bad.handler", 0);
        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        long events = f.db.count("TICKET_EVENT");
        Refusal r = refused(() -> f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW),
                "SERVICE_PLUGIN_FAILED");
        assertTrue(r.messageZh(), r.messageZh().contains("bad.handler"));
        assertTrue(r.messageEn(), r.messageEn().startsWith("The service's plugin bad.handler 1.0.0 failed"));
        assertEquals("the refused step wrote no history", events, f.db.count("TICKET_EVENT"));
        Ticket clerk = f.window.get(t.id, WindowFixture.WINDOW);
        assertEquals(TicketState.SUBMITTED, clerk.state);
        assertTrue(clerk.outcomes.stream().anyMatch(o -> o.failure && o.summaryEn.contains("ledger unreachable")));
        assertTrue("the talent does not see it", f.window.get(t.id, WindowFixture.TALENT).outcomes.isEmpty());
    }

    @Test
    public void aReplacedOfferingsOwnRulesStandByWithIt() throws Exception {
        long city = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        EligibilityRule cityRule = a -> Verdict.refused("CITY_RULE", "城市规则", "City rule");
        TestCatalogs.extend(f.catalog, cityRule, "gold-card", null, "city.goldcard", 0, city);
        ServiceDefinition local = goldCard();
        local.jurisdiction = "320722";
        TestCatalogs.offer(f.catalog, local, "donghai.goldcard", 10);
        Actor donghai = donghaiTalent();
        assertNotNull(f.window.submit(input("gold-card", Map.of("purpose", "travel")), donghai).id);
        Refusal byCity = refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT),
                "SERVICE_NOT_ELIGIBLE");
        // A rule's refusal about no field of the form names the request for the service.
        assertEquals("serviceCode:CITY_RULE", byCity.fieldErrors().get(0).field + ":" + byCity.fieldErrors().get(0).code);
    }

    @Test
    public void aRuleGivesEveryReasonAtOnceAndEachIsNamed() throws Exception {
        long city = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        EligibilityRule two = a -> Verdict.refused("PURPOSE_NOT_LOCAL", "purpose", "须为本市用途。", "Must be for use in the city.")
                .and(Verdict.eligible())
                .and(Verdict.refused("CARD_HELD", "已持有金卡。", "A gold card is already held."));
        TestCatalogs.extend(f.catalog, two, "gold-card", null, "city.goldcard", 0, city);
        long tickets = f.db.count("TICKET");
        Refusal r = refused(() -> f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT),
                "SERVICE_NOT_ELIGIBLE");
        assertEquals(List.of("form.purpose:PURPOSE_NOT_LOCAL", "serviceCode:CARD_HELD"),
                r.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList());
        assertEquals(tickets, f.db.count("TICKET"));
    }

    @Test
    public void aRefusalWithOneReasonNobodyCouldReadIsNotARefusal() throws Exception {
        long city = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        EligibilityRule half = a -> Verdict.refused("PURPOSE_NOT_LOCAL", "purpose", "须为本市用途。", "Must be for use in the city.")
                .and(Verdict.refused("BLANK", "", "No Chinese text"));
        TestCatalogs.extend(f.catalog, half, "gold-card", null, "bad.half", 0, city);
        // Recorded as the plugin's failure for the clerk; the talent's request goes in.
        Ticket t = f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT);
        assertTrue(f.window.get(t.id, WindowFixture.WINDOW).outcomes.stream().anyMatch(o -> o.failure && o.plugin.startsWith("bad.half")));
    }

    /** Art.9: a descriptor copied and edited with the old file left behind ties by chance; the operator is told. */
    @Test
    public void twoOfferingsOfOneServiceWithTheSameRankingAreNamed() throws Exception {
        ServiceDefinition a = goldCard();
        a.jurisdiction = "320722";
        ServiceDefinition b = goldCard();
        b.jurisdiction = "320722";
        TestCatalogs.offer(f.catalog, a, "donghai.first", 5);
        assertEquals(List.of(), f.catalog.problems());
        TestCatalogs.offer(f.catalog, b, "donghai.copy", 5);
        List<DescriptorProblem> tie = f.catalog.problems();
        assertEquals(1, tie.size());
        assertEquals("donghai.copy", tie.get(0).bundle);
        assertEquals("服务事项“gold-card”在320722 东海县由两处以相同的优先级 5 提供：donghai.first 生效，donghai.copy 备用；"
                + "请删除其一或提高其中一处的优先级", tie.get(0).messageZh);
        // A higher ranking is a choice: the two tied stand by behind it, and their tie decides nothing.
        ServiceDefinition c = goldCard();
        c.jurisdiction = "320722";
        TestCatalogs.offer(f.catalog, c, "donghai.chosen", 6);
        assertEquals(List.of(), f.catalog.problems());
    }

    /** A rule sees the forms of the talent's requests under way, to tell which person each is for (Art.4.2). */
    @Test
    public void aRuleSeesTheFormsOfTheTalentsRequestsUnderWay() throws Exception {
        long offering = TestCatalogs.offer(f.catalog, goldCard(), "city.goldcard", 0);
        List<Map<String, Map<String, Object>>> seen = new CopyOnWriteArrayList<>();
        EligibilityRule watching = a -> {
            seen.add(a.openRequestForms);
            return Verdict.eligible();
        };
        TestCatalogs.extend(f.catalog, watching, "gold-card", null, "city.goldcard", 0, offering);
        Ticket first = f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        Ticket second = f.window.submit(input("gold-card", Map.of("purpose", "travel")), WindowFixture.TALENT);
        assertEquals(Map.of(), seen.get(0));
        assertEquals(Map.of(first.number, Map.of("purpose", "scenic")), seen.get(1));
        // Several under way, read in one query: each with its own form, oldest first; a withdrawn one is done.
        TicketInput again = input("gold-card", Map.of("purpose", "scenic"));
        again.description = "再申请一张金卡";
        Ticket third = f.window.submit(again, WindowFixture.TALENT);
        assertEquals(List.of(first.number, second.number), List.copyOf(seen.get(2).keySet()));
        assertEquals(Map.of("purpose", "travel"), seen.get(2).get(second.number));
        f.window.transition(first.id, TicketAction.WITHDRAW, null, WindowFixture.TALENT);
        f.window.submit(input("gold-card", Map.of("purpose", "scenic")), WindowFixture.TALENT);
        assertEquals(Map.of(second.number, Map.of("purpose", "travel"), third.number, Map.of("purpose", "scenic")),
                seen.get(3));
        assertEquals(List.of(second.number, third.number), List.copyOf(seen.get(3).keySet()));
    }
}
