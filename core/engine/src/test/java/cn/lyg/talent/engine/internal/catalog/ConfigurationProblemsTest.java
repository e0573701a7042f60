package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;

import java.util.Hashtable;
import java.util.List;

import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;

/** Art.9: a county operator's mistyped setting is named, not silently replaced. */
public class ConfigurationProblemsTest {

    /** A declared setting: its id, type and fixed options (none when null). */
    private static AttributeDefinition declared(String id, int type, String... options) {
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
                return null;
            }

            @Override
            public String[] getDefaultValue() {
                return null;
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
                "setting validityYears = 五年 is not a whole number; the setting's default or its last good value applies",
                "setting byMail = yes is neither true nor false; it reads as false",
                "setting delivery = courier is not one of: window, mail"),
                ConfigurationProblems.wrong(typed, gold).stream().map(t -> t.en).toList());
        // The county operator reads Chinese first.
        assertEquals("设置 validityYears = 五年 不是整数；按该设置的默认值或上一次的有效值执行",
                ConfigurationProblems.wrong(typed, gold).get(0).zh);
    }

    @Test
    public void wellTypedSettingsAndNumbersAlreadyTypedPass() {
        AttributeDefinition[] gold = {declared("validityYears", AttributeDefinition.INTEGER),
            declared("rate", AttributeDefinition.DOUBLE), declared("byMail", AttributeDefinition.BOOLEAN)};
        Hashtable<String, Object> typed = new Hashtable<>();
        typed.put("validityYears", " 5 ");
        typed.put("rate", 0.5);
        typed.put("byMail", "TRUE");
        assertEquals(List.of(), ConfigurationProblems.wrong(typed, gold));
        typed.put("validityYears", new String[] {"5", "x"});
        assertEquals(1, ConfigurationProblems.wrong(typed, gold).size());
    }
}
