package cn.lyg.talent.engine.internal.catalog;

import java.io.IOException;
import java.lang.reflect.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;

/**
 * Settings of the platform's configurations (core's and the plugins', {@code cn.lyg.talent.*})
 * that their metatype declares a number, a yes/no or one of fixed options but that hold something
 * else, e.g. {@code validityYears = five} typed into {@code etc/cn.lyg.talent.plugin.goldcard.cfg}.
 * The component would get a default or keep its old value, and only the log would say why; the
 * county operator reads it in {@code catalog:problems} instead.
 */
final class ConfigurationProblems {
    private static final String OURS = "cn.lyg.talent";
    /** Where Karaf's file install read the configuration from. */
    private static final String FILE = "felix.fileinstall.filename";
    private static final Messages M = Messages.ENGINE;
    /** The REST API's bundle, whose settings read as the core's do. */
    private static final String REST = "cn.lyg.talent.rest";

    private ConfigurationProblems() {
    }

    /** The settings that do not fit their declared type, for every configuration of the platform. */
    static List<DescriptorProblem> of(ConfigurationAdmin admin, MetaTypeService metaTypes, BundleContext context,
            Instant now) {
        List<DescriptorProblem> out = new ArrayList<>();
        if (admin == null || metaTypes == null || context == null) {
            return out;
        }
        Map<String, Declared> declared = declared(metaTypes, context);
        Configuration[] all;
        try {
            all = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + OURS + ".*)");
        } catch (IOException | InvalidSyntaxException e) {
            return out;
        }
        for (Configuration c : all == null ? new Configuration[0] : all) {
            Declared d = declared.get(c.getFactoryPid() != null ? c.getFactoryPid() : c.getPid());
            Dictionary<String, Object> properties = c.getProperties();
            if (d == null || properties == null) {
                continue;
            }
            // The core reads a bad setting as its default (CoreSetting, the REST API's ApiSettings); a
            // plugin refuses to start.
            boolean core = d.bundle().equals(context.getBundle().getSymbolicName()) || REST.equals(d.bundle());
            for (Text wrong : wrong(properties, d.attributes(), core)) {
                out.add(ServiceCatalogImpl.problem(d.bundle(), source(c.getPid(), properties.get(FILE)), wrong.en, wrong.zh,
                        now));
            }
        }
        return out;
    }

    record Declared(String bundle, AttributeDefinition[] attributes) {
    }

    /** The declared settings of every PID and factory PID the platform's bundles describe. */
    private static Map<String, Declared> declared(MetaTypeService metaTypes, BundleContext context) {
        Map<String, Declared> out = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith(OURS)) {
                continue;
            }
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
            if (info == null) {
                continue;
            }
            List<String> pids = new ArrayList<>(Arrays.asList(info.getPids()));
            pids.addAll(Arrays.asList(info.getFactoryPids()));
            for (String pid : pids) {
                ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
                AttributeDefinition[] ads = ocd == null ? null : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                if (ads != null) {
                    out.put(pid, new Declared(b.getSymbolicName(), ads));
                }
            }
        }
        return out;
    }

    private static String source(String pid, Object file) {
        String f = file == null ? null : String.valueOf(file);
        if (f == null || f.isBlank()) {
            return "configuration " + pid;
        }
        // file:/opt/talent/etc/cn.lyg.talent.plugin.goldcard.cfg → etc/cn.lyg.talent.plugin.goldcard.cfg
        int etc = f.lastIndexOf("/etc/");
        return etc >= 0 ? f.substring(etc + 1) : f;
    }

    /** What is wrong with each setting that does not fit its declaration, in the declaration's order. */
    static List<Text> wrong(Dictionary<String, Object> properties, AttributeDefinition[] attributes, boolean core) {
        List<Text> out = new ArrayList<>();
        for (AttributeDefinition ad : attributes) {
            Object value = properties.get(ad.getID());
            for (Object one : values(value)) {
                String why = why(ad, one);
                if (why != null) {
                    String options = ad.getOptionValues() == null ? "" : String.join(", ", ad.getOptionValues());
                    String standard = ad.getDefaultValue() == null || ad.getDefaultValue().length == 0 ? ""
                            : String.join(", ", ad.getDefaultValue());
                    String key = "problem." + (core ? "" : "PLUGIN_") + "SETTING_" + why;
                    out.add(new Text(M.zh(key, ad.getID(), String.valueOf(one), options, standard),
                            M.en(key, ad.getID(), String.valueOf(one), options, standard)));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Object> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return new ArrayList<>(many);
        }
        if (value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(Array.get(value, i));
            }
            return out;
        }
        return List.of(value);
    }

    /** Why a value does not fit its declaration (the end of a problem's text key), or null when it does. */
    private static String why(AttributeDefinition ad, Object value) {
        String text = String.valueOf(value).strip();
        switch (ad.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> {
                if (!(value instanceof Number) && !text.matches("[+-]?\\d{1,18}")) {
                    return "NOT_WHOLE";
                }
            }
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> {
                if (!(value instanceof Number) && !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                    return "NOT_NUMBER";
                }
            }
            case AttributeDefinition.BOOLEAN -> {
                if (!(value instanceof Boolean) && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    return "NOT_BOOLEAN";
                }
            }
            default -> {
                // Text: any value reads; the options below may still restrict it.
            }
        }
        String invalid = ad.getType() == AttributeDefinition.STRING ? null : ad.validate(text);
        if (invalid != null && !invalid.isEmpty()) {
            // The metatype's minimum or maximum (the value's type was checked above).
            return "OUT_OF_RANGE";
        }
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0 && Arrays.stream(options).noneMatch(text::equals)) {
            return "NOT_OPTION";
        }
        return null;
    }
}
