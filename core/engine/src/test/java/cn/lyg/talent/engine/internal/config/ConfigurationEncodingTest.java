package cn.lyg.talent.engine.internal.config;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.Test;
import org.osgi.framework.Constants;

/** Chinese in a plugin's etc/*.cfg, saved as UTF-8, reaches the plugin as written. */
public class ConfigurationEncodingTest {

    /** What Karaf hands over for a UTF-8 file: its bytes read as ISO-8859-1. */
    private static String misread(String written) {
        return new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    public void utf8ReadAsIso88591IsReadAsWritten() {
        String hospitals = "320700|连云港市第一人民医院|Lianyungang First People's Hospital";
        assertEquals(hospitals, ConfigurationEncoding.asWritten(misread(hospitals)));
    }

    @Test
    public void anythingElseIsLeftAsItIs() {
        for (String text : new String[] {"320700|连云港市第一人民医院", "Café Lianyungang", "plain ASCII", "", "ü"}) {
            assertEquals(text, ConfigurationEncoding.asWritten(text));
        }
    }

    private static ConfigurationEncoding encoding() {
        return new ConfigurationEncoding();
    }

    @Test
    public void onlyThePlatformsConfigurationsAreTouched() {
        String garbled = misread("东海县人民医院");
        Dictionary<String, Object> ours = new Hashtable<>();
        ours.put(Constants.SERVICE_PID, "cn.lyg.talent.plugin.medical");
        ours.put("hospitals", "320722|" + garbled);
        ours.put("schools", new String[] {garbled, "x"});
        ours.put("capacity", 30);
        encoding().modifyConfiguration(null, ours);
        assertEquals("320722|东海县人民医院", ours.get("hospitals"));
        assertArrayEquals(new String[] {"东海县人民医院", "x"}, (String[]) ours.get("schools"));
        assertEquals(30, ours.get("capacity"));
        Dictionary<String, Object> karafs = new Hashtable<>();
        karafs.put(Constants.SERVICE_PID, "org.apache.karaf.shell");
        karafs.put("banner", garbled);
        encoding().modifyConfiguration(null, karafs);
        assertEquals(garbled, karafs.get("banner"));
    }
}
