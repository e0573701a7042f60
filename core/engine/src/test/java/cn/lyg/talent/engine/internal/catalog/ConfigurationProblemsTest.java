package cn.lyg.talent.engine.internal.catalog;

import static cn.lyg.talent.engine.internal.catalog.ConfigurationProblems.Consequence.DEFAULT;
import static cn.lyg.talent.engine.internal.catalog.ConfigurationProblems.Consequence.KEPT;
import static cn.lyg.talent.engine.internal.catalog.ConfigurationProblems.Consequence.NOT_STARTED;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.List;

import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;

import cn.lyg.talent.engine.internal.config.CoreSetting;

/** Art.9: a county operator's mistyped setting is named, not silently replaced. */
public class ConfigurationProblemsTest {

    /** A declared setting: its id, type and fixed options (none when null); whole numbers from 1 to 60. */
    private static AttributeDefinition declared(String id, int type, String... options) {
        return declared(id, type, 60, options);
    }

    /** The same with another maximum (Integer.MAX_VALUE: none). */
    private static AttributeDefinition declared(String id, int type, int max, String... options) {
        return declared(id, type, 1, max, options);
    }

    /** A whole number from {@code min} to {@code max}, as the metatype checks it for its type. */
    private static AttributeDefinition declared(String id, int type, long min, long max, String... options) {
        return new AttributeDefinition() {
            @Override
            public String getName() {
                return id;
            }

            @Override
            public String getID() {
                return id;
            }

            @Override
            public String getDescription() {
                return null;
            }

            @Override
            public int getCardinality() {
                return 0;
            }

            @Override
            public int getType() {
                return type;
            }

            @Override
            public String[] getOptionValues() {
                return options.length == 0 ? null : options;
            }

            @Override
            public String[] getOptionLabels() {
                return getOptionValues();
            }

            @Override
            public String validate(String value) {
                // As Felix's metatype answers for min="1" max="60": "" when valid, a reason when not.
                if (type != AttributeDefinition.INTEGER && type != AttributeDefinition.LONG || !value.matches("-?\\d+")) {
                    return null;
                }
                long v = Long.parseLong(value);
                return v >= min && v <= max ? "" : "out of range";
            }

            @Override
            public String[] getDefaultValue() {
                return type == AttributeDefinition.INTEGER ? new String[] {"5"}
                        : type == AttributeDefinition.LONG ? new String[] {String.valueOf(min)} : null;
            }
        };
    }

    @Test
    public void aSettingThatDoesNotFitItsTypeIsNamedWithWhatWasTyped() {
        AttributeDefinition[] gold = {declared("numberPrefix", AttributeDefinition.STRING),
            declared("validityYears", AttributeDefinition.INTEGER), declared("byMail", AttributeDefinition.BOOLEAN),
            declared("delivery", AttributeDefinition.STRING, "window", "mail")};
        Hashtable<String, Object> typed = new Hashtable<>();
        typed.put("numberPrefix", "LYG");
        typed.put("validityYears", "五年");
        typed.put("byMail", "yes");
        typed.put("delivery", "courier");
        assertEquals(List.of(
                "setting validityYears = 五年 is not a whole number; the plugin that uses it does not start until it is put right",
                "setting byMail = yes is neither true nor false; it reads as false",
                "setting delivery = courier is not one of: window, mail"),
                ConfigurationProblems.wrong(typed, gold, NOT_STARTED).stream().map(t -> t.en).toList());
        // The county operator reads Chinese first.
        assertEquals("设置 validityYears = 五年 不是整数；使用它的插件不会启动，请改正",
                ConfigurationProblems.wrong(typed, gold, NOT_STARTED).get(0).zh);
    }

    @Test
    public void wellTypedSettingsAndNumbersAlreadyTypedPass() {
        AttributeDefinition[] gold = {declared("validityYears", AttributeDefinition.INTEGER),
            declared("rate", AttributeDefinition.DOUBLE), declared("byMail", AttributeDefinition.BOOLEAN)};
        Hashtable<String, Object> typed = new Hashtable<>();
        typed.put("validityYears", " 5 ");
        typed.put("rate", 0.5);
        typed.put("byMail", "TRUE");
        assertEquals(List.of(), ConfigurationProblems.wrong(typed, gold, NOT_STARTED));
        typed.put("validityYears", new String[] {"5", "x"});
        assertEquals(1, ConfigurationProblems.wrong(typed, gold, NOT_STARTED).size());
    }

    /** A core setting out of its range does not stop the platform: its default applies, and the problem says so. */
    @Test
    public void aCoreSettingOutOfRangeSaysItsDefaultApplies() {
        AttributeDefinition[] window = {declared("followUpWorkingDays", AttributeDefinition.INTEGER)};
        Hashtable<String, Object> typed = new Hashtable<>();
        typed.put("followUpWorkingDays", "0");
        assertEquals(List.of("设置 followUpWorkingDays = 0 超出允许的范围（1 至 60）；在改正之前按默认值 5 执行"),
                ConfigurationProblems.wrong(typed, window, DEFAULT).stream().map(t -> t.zh).toList());
        assertEquals(List.of("setting followUpWorkingDays = 0 is out of its allowed range (1 to 60); the plugin that uses it"
                + " does not start until it is put right"),
                ConfigurationProblems.wrong(typed, window, NOT_STARTED).stream().map(t -> t.en).toList());
        typed.put("followUpWorkingDays", "15");
        assertEquals(List.of(), ConfigurationProblems.wrong(typed, window, DEFAULT));
    }

    @Test
    public void aSettingReadsAsItsDefaultWhenItIsNotAWholeNumberOrOutOfRange() {
        assertEquals(5, CoreSetting.whole("pid", "followUpWorkingDays", () -> Integer.parseInt("five"), 1, 60, 5));
        assertEquals(5, CoreSetting.whole("pid", "followUpWorkingDays", () -> 0, 1, 60, 5));
        assertEquals(7, CoreSetting.whole("pid", "followUpWorkingDays", () -> 7, 1, 60, 5));
    }

    /**
     * A plugin running when its file was changed keeps its last good settings, and says so; the
     * value reads as typed even when the file was saved as UTF-8 (Karaf reads it as ISO-8859-1).
     */
    @Test
    public void aRunningPluginKeepsItsLastGoodSettingsAndTheValueReadsAsTyped() {
        AttributeDefinition[] gold = {declared("validityYears", AttributeDefinition.INTEGER, 10)};
        Hashtable<String, Object> typed = new Hashtable<>();
        typed.put("validityYears", new String("五年".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertEquals(List.of("设置 validityYears = 五年 不是整数；在改正之前，插件沿用上次有效的设置"),
                ConfigurationProblems.wrong(typed, gold, KEPT).stream().map(t -> t.zh).toList());
        typed.put("validityYears", "0");
        assertEquals(List.of("setting validityYears = 0 is out of its allowed range (1 to 10); the plugin keeps its last good"
                + " settings until it is put right"), ConfigurationProblems.wrong(typed, gold, KEPT).stream().map(t -> t.en).toList());
    }

    @Test
    public void theAllowedRangeIsReadFromTheMetatypesOwnCheck() {
        assertArrayEquals(new long[] {1, 60}, ConfigurationProblems.range(declared("a", AttributeDefinition.INTEGER)));
        assertArrayEquals(new long[] {1, Long.MAX_VALUE},
                ConfigurationProblems.range(declared("a", AttributeDefinition.INTEGER, Integer.MAX_VALUE)));
        assertNull(ConfigurationProblems.range(declared("a", AttributeDefinition.STRING)));
        // A long, whose ends are far from its range (the REST API's maxBodyBytes): no overflow on the way.
        assertArrayEquals(new long[] {1024, 1048576},
                ConfigurationProblems.range(declared("maxBodyBytes", AttributeDefinition.LONG, 1024, 1048576)));
        Hashtable<String, Object> typed = new Hashtable<>();
        typed.put("a", "0");
        assertEquals("设置 a = 0 超出允许的范围（不小于 1）；在改正之前按默认值 5 执行", ConfigurationProblems.wrong(typed,
                new AttributeDefinition[] {declared("a", AttributeDefinition.INTEGER, Integer.MAX_VALUE)}, DEFAULT).get(0).zh);
    }
}
