package cn.lyg.talent.engine.internal.catalog;

import java.io.IOException;
import java.lang.reflect.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.config.ConfigurationEncoding;

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

    /**
     * What happens while a setting does not fit: the core reads its default (CoreSetting, the REST
     * API's ApiSettings); a plugin's component does not start, or, when it was running before the
     * file was changed, keeps its last good settings (SCR hands it the new ones only if they read).
     */
    enum Consequence {
        DEFAULT(""), NOT_STARTED("PLUGIN_"), KEPT("KEPT_");

        final String prefix;

        Consequence(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The settings that do not fit their declared type, for every configuration of the platform. */
    static List<DescriptorProblem> of(ConfigurationAdmin admin, MetaTypeService metaTypes, BundleContext context,
            ServiceComponentRuntime components, Instant now) {
        return of(admin, metaTypes, context, components, now, new HashMap<>());
    }

    /**
     * As above, adding to {@code misfits} the PID of every configuration with a setting listed,
     * with the names of its settings listed.
     */
    static List<DescriptorProblem> of(ConfigurationAdmin admin, MetaTypeService metaTypes, BundleContext context,
            ServiceComponentRuntime components, Instant now, Map<String, Set<String>> misfitSettings) {
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
            boolean core = d.bundle().equals(context.getBundle().getSymbolicName()) || REST.equals(d.bundle());
            List<Misfit> misfits = misfits(properties, d.attributes());
            if (misfits.isEmpty()) {
                continue;
            }
            Set<String> names = misfitSettings.computeIfAbsent(c.getPid(), k -> new HashSet<>());
            misfits.forEach(m -> names.add(m.declared().getID()));
            Consequence then = core ? Consequence.DEFAULT
                    : keepsLastGood(components, d.bundle(), c.getPid(), c.getFactoryPid()) ? Consequence.KEPT : Consequence.NOT_STARTED;
            for (Misfit m : misfits) {
                Text wrong = text(m, then);
                out.add(ServiceCatalogImpl.problem(d.bundle(), source(c.getPid(), properties.get(FILE)), wrong.en, wrong.zh,
                        now));
            }
        }
        return out;
    }

    record Declared(String bundle, AttributeDefinition[] attributes) {
    }

    /**
     * Whether a component of {@code bundle} configured by {@code pid} (of {@code factoryPid}, if one)
     * is active and takes changes through a modified method: SCR then keeps it on its last good
     * settings when new ones do not read, where one without is deactivated and fails to start again.
     */
    private static boolean keepsLastGood(ServiceComponentRuntime components, String bundle, String pid, String factoryPid) {
        if (components == null) {
            return false;
        }
        String configured = factoryPid != null ? factoryPid : pid;
        for (ComponentDescriptionDTO d : components.getComponentDescriptionDTOs()) {
            if (d.bundle == null || !bundle.equals(d.bundle.symbolicName) || d.configurationPid == null
                    || !Arrays.asList(d.configurationPid).contains(configured) || d.modified == null) {
                continue;
            }
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.ACTIVE
                        && (factoryPid == null || pid.equals(c.properties.get(Constants.SERVICE_PID)))) {
                    return true;
                }
            }
        }
        return false;
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

    static String source(String pid, Object file) {
        String f = file == null ? null : String.valueOf(file);
        if (f == null || f.isBlank()) {
            return "configuration " + pid;
        }
        // file:/opt/talent/etc/cn.lyg.talent.plugin.goldcard.cfg → etc/cn.lyg.talent.plugin.goldcard.cfg
        int etc = f.lastIndexOf("/etc/");
        return etc >= 0 ? f.substring(etc + 1) : f;
    }

    /** A setting that does not fit its declaration: the value given and why (the end of a problem's text key). */
    record Misfit(AttributeDefinition declared, Object value, String why) {
    }

    /** The settings that do not fit their declaration, in the declaration's order (the first bad value of each). */
    static List<Misfit> misfits(Dictionary<String, Object> properties, AttributeDefinition[] attributes) {
        List<Misfit> out = new ArrayList<>();
        for (AttributeDefinition ad : attributes) {
            for (Object one : values(properties.get(ad.getID()))) {
                String why = why(ad, one);
                if (why != null) {
                    out.add(new Misfit(ad, one, why));
                    break;
                }
            }
        }
        return out;
    }

    /** What is wrong with each setting that does not fit its declaration, and what follows from it. */
    static List<Text> wrong(Dictionary<String, Object> properties, AttributeDefinition[] attributes, Consequence then) {
        return misfits(properties, attributes).stream().map(m -> text(m, then)).toList();
    }

    private static Text text(Misfit m, Consequence then) {
        AttributeDefinition ad = m.declared();
        String options = ad.getOptionValues() == null ? "" : String.join(", ", ad.getOptionValues());
        String standard = ad.getDefaultValue() == null || ad.getDefaultValue().length == 0 ? ""
                : String.join(", ", ad.getDefaultValue());
        String key = "problem." + then.prefix + "SETTING_" + m.why();
        // As typed: Chinese saved as UTF-8 reads as written (decision 0016), not as è¿...
        String typed = ConfigurationEncoding.asWritten(String.valueOf(m.value()));
        Text range = rangeText(range(ad));
        return Text.of(M.zh(key, ad.getID(), typed, options, standard, range.zh),
                M.en(key, ad.getID(), typed, options, standard, range.en));
    }

    /** " (1 to 10)", " (at least 1)", nothing when the range is not known. */
    private static Text rangeText(long[] range) {
        if (range == null || range[0] == Long.MIN_VALUE && range[1] == Long.MAX_VALUE) {
            return Text.of("", "");
        }
        String key = range[0] == Long.MIN_VALUE ? "problem.RANGE_AT_MOST" : range[1] == Long.MAX_VALUE
                ? "problem.RANGE_AT_LEAST" : "problem.RANGE_BETWEEN";
        Object low = range[0] == Long.MIN_VALUE ? String.valueOf(range[1]) : String.valueOf(range[0]);
        return M.text(key, low, String.valueOf(range[1]));
    }

    /**
     * The declared minimum and maximum of a whole-number setting (Long.MIN_VALUE, Long.MAX_VALUE
     * where there is none), found through the metatype's own check of values, which is all the
     * metatype API tells of them; null for other types or without a valid default to start from.
     */
    static long[] range(AttributeDefinition ad) {
        long lowest;
        long highest;
        switch (ad.getType()) {
            case AttributeDefinition.INTEGER -> {
                lowest = Integer.MIN_VALUE;
                highest = Integer.MAX_VALUE;
            }
            case AttributeDefinition.LONG -> {
                lowest = Long.MIN_VALUE;
                highest = Long.MAX_VALUE;
            }
            case AttributeDefinition.SHORT -> {
                lowest = Short.MIN_VALUE;
                highest = Short.MAX_VALUE;
            }
            case AttributeDefinition.BYTE -> {
                lowest = Byte.MIN_VALUE;
                highest = Byte.MAX_VALUE;
            }
            default -> {
                return null;
            }
        }
        String[] standard = ad.getDefaultValue();
        long anchor;
        try {
            anchor = Long.parseLong(standard == null || standard.length == 0 ? "" : standard[0].strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!fits(ad, anchor)) {
            return null;
        }
        // The valid values are one run around the default: its ends by bisection.
        long min = edge(ad, anchor, lowest);
        long max = edge(ad, anchor, highest);
        return new long[] {min == lowest ? Long.MIN_VALUE : min, max == highest ? Long.MAX_VALUE : max};
    }

    /** The last value from {@code fitting} towards {@code far} that still fits. */
    private static long edge(AttributeDefinition ad, long fitting, long far) {
        if (fits(ad, far)) {
            return far;
        }
        long in = fitting;
        long out = far;
        while (true) {
            // The floor of the average, without overflow at the ends of long.
            long mid = (in >> 1) + (out >> 1) + (in & out & 1);
            if (mid == in || mid == out) {
                return in;
            }
            if (fits(ad, mid)) {
                in = mid;
            } else {
                out = mid;
            }
        }
    }

    private static boolean fits(AttributeDefinition ad, long value) {
        String invalid = ad.validate(String.valueOf(value));
        return invalid == null || invalid.isEmpty();
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
