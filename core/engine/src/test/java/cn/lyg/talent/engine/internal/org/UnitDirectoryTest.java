package cn.lyg.talent.engine.internal.org;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitAlias;
import cn.lyg.talent.api.org.UnitInput;
import cn.lyg.talent.engine.internal.TestDatabase;

/** Responsible units as data an operator edits (Art.5). */
public class UnitDirectoryTest {
    private static final Actor SUPERVISOR = new Actor("supervisor1", Set.of(Role.SUPERVISOR), "320700", null);

    private TestDatabase db;
    private UnitDirectoryImpl units;

    @Before
    public void setUp() throws Exception {
        db = new TestDatabase();
        units = new UnitDirectoryImpl(db.database, Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC));
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    private static UnitInput input(String code, String nameZh, Long version) {
        UnitInput in = new UnitInput();
        in.code = code;
        in.nameZh = nameZh;
        in.nameEn = "Test unit";
        in.services = List.of("tax");
        in.version = version;
        return in;
    }

    @Test
    public void art5AnEditNamesTheVersionItReadAndAStaleOneIsRefused() throws Exception {
        Unit created = units.save(input("TEST_UNIT", "测试单位", null), SUPERVISOR);
        long audits = db.count("AUDIT_RECORD");

        try {
            units.save(input("TEST_UNIT", "测试单位（改）", null), SUPERVISOR);
            fail("an edit without a version");
        } catch (Refusal r) {
            assertEquals("UNIT_INVALID", r.code());
            assertEquals("version", r.fieldErrors().get(0).field);
            assertEquals("VERSION_REQUIRED", r.fieldErrors().get(0).code);
        }
        try {
            units.save(input("TEST_UNIT", "测试单位（改）", created.version + 1), SUPERVISOR);
            fail("an edit of a version never read");
        } catch (Refusal r) {
            assertEquals("STALE_VERSION", r.code());
            assertEquals("version", r.fieldErrors().get(0).field);
            assertEquals("VERSION_NOW", r.fieldErrors().get(0).code);
        }
        assertEquals("nothing written", audits, db.count("AUDIT_RECORD"));
        assertEquals("测试单位", units.get("TEST_UNIT").orElseThrow().nameZh);
        // A code in any case is the same unit, as dispatch and the console take it.
        assertEquals("TEST_UNIT", units.get(" test_unit ").orElseThrow().code);

        Unit edited = units.save(input("TEST_UNIT", "测试单位（改）", created.version), SUPERVISOR);
        assertEquals("测试单位（改）", edited.nameZh);
    }

    /** Art.5: a version names a unit that was read; none has this code, so nothing is created. */
    @Test
    public void art5AnEditOfAnUnknownCodeIsRefusedAndCreatesNothing() throws Exception {
        long units0 = db.count("RESPONSIBLE_UNIT");
        long audits = db.count("AUDIT_RECORD");
        try {
            units.save(input("TEST_UNTI", "测试单位", 0L), SUPERVISOR);
            fail("an edit of a unit that does not exist");
        } catch (Refusal r) {
            assertEquals(Refusal.Kind.NOT_FOUND, r.kind());
            assertEquals("UNIT_NOT_FOUND", r.code());
        }
        assertEquals(units0, db.count("RESPONSIBLE_UNIT"));
        assertEquals(audits, db.count("AUDIT_RECORD"));
        assertTrue(units.get("TEST_UNTI").isEmpty());
    }

    /** Saving a unit as it is changes nothing: the version stays, no audit record says it was edited. */
    @Test
    public void art5SavingAUnitUnchangedKeepsItsVersion() throws Exception {
        UnitInput in = input("TEST_UNIT", "测试单位", null);
        in.aliases = List.of(new UnitAlias("测试局", "Test bureau", "2018"));
        Unit created = units.save(in, SUPERVISOR);
        long audits = db.count("AUDIT_RECORD");

        in.version = created.version;
        in.nameZh = " 测试单位 ";
        Unit same = units.save(in, SUPERVISOR);
        assertEquals(created.version, same.version);
        assertEquals(audits, db.count("AUDIT_RECORD"));

        in.aliases = List.of(new UnitAlias("测试局", "Test Bureau", "2018"));
        Unit edited = units.save(in, SUPERVISOR);
        assertEquals(created.version + 1, edited.version);
        assertEquals("Test Bureau", edited.aliases.get(0).nameEn);
        assertEquals(audits + 1, db.count("AUDIT_RECORD"));
    }

    /** Art.5: a service listed twice is refused with nothing written; a code is looked up in any case. */
    @Test
    public void art5AServiceListedTwiceIsRefused() throws Exception {
        long audits = db.count("AUDIT_RECORD");
        UnitInput in = input("TEST_UNIT", "测试单位", null);
        in.services = List.of("tax", "medical-care", "tax");
        try {
            units.save(in, SUPERVISOR);
            fail("a service listed twice");
        } catch (Refusal r) {
            assertEquals("UNIT_INVALID", r.code());
            assertEquals("services[2]", r.fieldErrors().get(0).field);
            assertEquals("SERVICE_LISTED_TWICE", r.fieldErrors().get(0).code);
            assertEquals("服务 tax 重复列出。", r.fieldErrors().get(0).messageZh);
        }
        assertEquals(audits, db.count("AUDIT_RECORD"));
        assertTrue(units.get("TEST_UNIT").isEmpty());
        in.services = List.of("tax", "medical-care");
        units.save(in, SUPERVISOR);
        assertEquals(List.of("TAX", "TEST_UNIT"), units.forService(" TAX ").stream().map(u -> u.code).toList());
    }
}
