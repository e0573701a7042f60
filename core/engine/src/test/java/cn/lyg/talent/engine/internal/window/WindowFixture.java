package cn.lyg.talent.engine.internal.window;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitInput;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.MutableClock;
import cn.lyg.talent.engine.internal.TestDatabase;
import cn.lyg.talent.engine.internal.calendar.TestCalendars;
import cn.lyg.talent.engine.internal.catalog.ServiceCatalogImpl;
import cn.lyg.talent.engine.internal.catalog.TestCatalogs;
import cn.lyg.talent.engine.internal.notify.InboxImpl;
import cn.lyg.talent.engine.internal.org.JurisdictionDirectoryImpl;
import cn.lyg.talent.engine.internal.org.LoginAccounts;
import cn.lyg.talent.engine.internal.org.UnitDirectoryImpl;
import cn.lyg.talent.engine.internal.registry.TalentRegistryImpl;
import cn.lyg.talent.engine.internal.registry.TalentRegistryTest;

/** The window wired to a real database and the official calendar, at a time the test moves. */
public final class WindowFixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Actor WINDOW = actor("window1", null, Role.WINDOW);
    public static final Actor SUPERVISOR = actor("supervisor1", null, Role.SUPERVISOR);
    public static final Actor EDUCATION = actor("dept_edu", "EDUCATION", Role.DEPARTMENT);
    public static final Actor HEALTH = actor("dept_health", "HEALTH", Role.DEPARTMENT);
    public static final Actor TALENT = actor("talent1", null, Role.TALENT);

    public final TestDatabase db;
    public final MutableClock clock;
    public final InstanceSettings settings = TestDatabase.settings("320700");
    public final JurisdictionDirectoryImpl jurisdictions;
    public final TalentRegistryImpl registry;
    public final UnitDirectoryImpl units;
    public final InboxImpl inbox;
    public final ServiceCatalogImpl catalog;
    public final OneStopWindowImpl window;

    public static Actor actor(String account, String unit, Role role) {
        return new Actor(account, EnumSet.of(role), "320700", unit);
    }

    /** Starts on Monday 2025-09-22 10:00 with one class C talent, account talent1. */
    public WindowFixture() throws Exception {
        db = new TestDatabase();
        clock = new MutableClock(LocalDateTime.of(2025, 9, 22, 10, 0), ZONE);
        jurisdictions = new JurisdictionDirectoryImpl(db.database, settings);
        registry = new TalentRegistryImpl(db.database, jurisdictions, settings, clock, account -> LoginAccounts.Login.UNLISTED);
        units = new UnitDirectoryImpl(db.database, clock);
        catalog = TestCatalogs.catalog(db.database, units, jurisdictions, settings, clock, 2000);
        inbox = new InboxImpl(db.database, clock, jurisdictions, units, catalog);
        TestCatalogs.offer(catalog, TestCatalogs.definition("child-schooling", null, "EDUCATION"), "city.schooling", 0);
        TestCatalogs.offer(catalog, TestCatalogs.definition("housing", null, "HRSS", "HOUSING"), "city.housing", 0);
        window = new OneStopWindowImpl(OneStopWindowTest.config(5), db.database, units, jurisdictions, settings,
                TestCalendars.official(settings), clock, inbox, catalog);
        talent("talent1", 61, TalentClass.C);
    }

    public String talent(String account, int n, TalentClass cls) {
        TalentInput in = TalentRegistryTest.talent("人才" + n, n);
        in.account = account;
        Talent t = registry.register(in, WINDOW);
        if (cls != null) {
            CertificationInput c = new CertificationInput();
            c.talentClass = cls;
            c.certifiedBy = "市人才办";
            c.basis = "认定";
            c.validFrom = LocalDate.of(2025, 1, 1);
            registry.certify(t.id, c, SUPERVISOR);
        }
        return t.id;
    }

    public void now(int y, int m, int d, int h, int min) {
        clock.set(LocalDateTime.of(y, m, d, h, min));
    }

    public Ticket submitOnline() {
        TicketInput in = new TicketInput();
        in.serviceCode = "child-schooling";
        in.description = "孩子九月转学入学";
        return window.submit(in, TALENT);
    }

    /** {@code unit} answers for {@code service} too (Art.5: the unit directory says who answers for what). */
    public void answersFor(String unit, String service) {
        Unit u = units.get(unit).orElseThrow();
        UnitInput in = new UnitInput();
        in.code = u.code;
        in.nameZh = u.nameZh;
        in.nameEn = u.nameEn;
        in.aliases = u.aliases;
        in.services = new ArrayList<>(u.services);
        in.services.add(service);
        in.version = u.version;
        units.save(in, SUPERVISOR);
    }

    /** Submitted, accepted and dispatched to EDUCATION at the current time. */
    public Ticket dispatched() {
        Ticket t = window.transition(submitOnline().id, TicketAction.ACCEPT, null, WINDOW);
        TransitionInput in = new TransitionInput();
        in.unit = "EDUCATION";
        return window.transition(t.id, TicketAction.DISPATCH, in, WINDOW);
    }

    @Override
    public void close() throws InterruptedException {
        catalog.deactivate();
        db.close();
    }
}
