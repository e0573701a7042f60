package cn.lyg.talent.engine.internal.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;

/**
 * The platform's components (core's and the plugins', {@code cn.lyg.talent.*}) that failed to
 * start, as catalog problems: a bad line in a plugin's {@code etc/*.cfg} stops its component,
 * and its service leaves the catalog. The operator reads why in {@code catalog:problems}
 * instead of a stack trace in {@code karaf.log}.
 */
final class FailedComponents {
    private static final String OURS = "cn.lyg.talent";
    /** A setting SCR could not convert to its declared type, as the innermost cause of a failure. */
    private static final Pattern MISREAD = Pattern.compile("(?:[\\w$.]+(?:Exception|Error): )*"
            + "(?:java\\.lang\\.NumberFormatException: |java\\.lang\\.IllegalArgumentException: No enum constant )");

    private FailedComponents() {
    }

    static List<DescriptorProblem> of(ServiceComponentRuntime runtime, Instant now) {
        return of(runtime, now, Map.of());
    }

    /**
     * As {@link #of(ServiceComponentRuntime, Instant)}, leaving out the failures of components
     * configured by a PID in {@code misfits} (with the names of its settings that do not fit their
     * declaration, which {@code ConfigurationProblems} lists as typed, with their file) when the
     * failure only says the same again: SCR could not read a setting as its type (its own words
     * would add a second line with a Java exception in place of the Chinese), or the plugin
     * refused one of those settings (voucherC = -5, out of its declared range and refused by the
     * plugin as negative, is one mistake: the operator reads it once).
     */
    static List<DescriptorProblem> of(ServiceComponentRuntime runtime, Instant now, Map<String, Set<String>> misfits) {
        List<DescriptorProblem> out = new ArrayList<>();
        if (runtime == null) {
            return out;
        }
        List<ComponentDescriptionDTO> ours = new ArrayList<>();
        Set<String> failedOnTheirOwn = new HashSet<>();
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            if (d.bundle != null && d.bundle.symbolicName != null && d.bundle.symbolicName.startsWith(OURS)) {
                ours.add(d);
                for (ComponentConfigurationDTO c : runtime.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION && !isFollowOn(c.failure)) {
                        failedOnTheirOwn.add(d.bundle.symbolicName);
                    }
                }
            }
        }
        for (ComponentDescriptionDTO d : ours) {
            for (ComponentConfigurationDTO c : runtime.getComponentConfigurationDTOs(d)) {
                // A component that failed because another of its bundle did is not a problem of its
                // own: the operator reads the cause once.
                Set<String> listed = c.properties == null ? Set.of()
                        : misfits.getOrDefault(String.valueOf(c.properties.get(Constants.SERVICE_PID)), Set.of());
                if (c.state != ComponentConfigurationDTO.FAILED_ACTIVATION
                        || isFollowOn(c.failure) && failedOnTheirOwn.contains(d.bundle.symbolicName)
                        || !listed.isEmpty() && (isMisreadSetting(c.failure) || refusesOneOf(c.failure, listed))) {
                    continue;
                }
                Text reason = reason(c.failure, c.properties);
                out.add(ServiceCatalogImpl.problem(d.bundle.symbolicName, "component " + d.name,
                        Messages.ENGINE.en("problem.DOES_NOT_START", reason.en), Messages.ENGINE.zh("problem.DOES_NOT_START", reason.zh),
                        now));
            }
        }
        return out;
    }

    /**
     * A failure SCR reports when a component's reference could not be got (as the innermost cause
     * of a ComponentException): its cause is elsewhere.
     */
    static boolean isFollowOn(String failure) {
        return failure != null && reason(failure).en.startsWith("Unable to get service for reference");
    }

    /**
     * Whether a failure is a plugin's refusal ({@link ConfigurationRefused}) of one of
     * {@code settings}, as the platform's plugins word it ("setting voucherC is not valid…"). A
     * refusal worded otherwise is listed, as one of another setting is.
     */
    static boolean refusesOneOf(String failure, Set<String> settings) {
        if (failure == null || !failure.contains(String.valueOf(ConfigurationRefused.SEPARATOR))) {
            return false;
        }
        String en = reason(failure).en;
        return settings.stream().anyMatch(name -> en.contains("setting " + name + " "));
    }

    /** A failure whose innermost cause is a setting SCR could not convert to its declared type (五年 for a number). */
    static boolean isMisreadSetting(String failure) {
        if (failure == null) {
            return false;
        }
        String cause = null;
        for (String line : failure.split("\\R")) {
            String l = line.strip();
            if (cause == null && !l.isEmpty() || l.startsWith("Caused by: ")) {
                cause = l.startsWith("Caused by: ") ? l.substring("Caused by: ".length()) : l;
            }
        }
        // SCR wraps the conversion's exception in its own, message and all:
        // "org.osgi.service.component.ComponentException: java.lang.NumberFormatException: …".
        return cause != null && MISREAD.matcher(cause).lookingAt();
    }


    /**
     * The innermost cause of a failure as SCR reports it (a stack trace), without its exception
     * class: {@code cn.lyg.talent.plugin.medical: hospitals entry is not valid: 320700}; in both
     * languages with the file to correct when a plugin refused its configuration
     * ({@link ConfigurationRefused}), else the same text in both.
     */
    static Text reason(String failure) {
        return reason(failure, Map.of());
    }

    /**
     * As {@link #reason(String)}, naming the file the component's configuration came from: one of
     * a factory's ({@code etc/<factory pid>-donghai.cfg}) is not {@code etc/<pid>.cfg}.
     */
    static Text reason(String failure, Map<String, Object> properties) {
        if (failure == null || failure.isBlank()) {
            return Messages.ENGINE.text("problem.NO_REASON");
        }
        String cause = null;
        for (String line : failure.split("\\R")) {
            String l = line.strip();
            if (cause == null && !l.isEmpty()) {
                cause = l;
            }
            if (l.startsWith("Caused by: ")) {
                cause = l.substring("Caused by: ".length());
            }
        }
        String refused = ConfigurationRefused.class.getName() + ": ";
        if (cause.startsWith(refused)) {
            ConfigurationRefused r = ConfigurationRefused.fromMessage(cause.substring(refused.length()));
            if (r != null) {
                String file = fileOf(r.pid(), properties);
                return Text.of(file + "：" + r.reason().zh, file + ": " + r.reason().en);
            }
        }
        int colon = cause.indexOf(": ");
        // "java.lang.IllegalArgumentException: text" → "text"; a message of its own stays whole.
        if (colon > 0 && cause.substring(0, colon).matches("[\\w$.]+(Exception|Error)")) {
            cause = cause.substring(colon + 2);
        }
        return Text.of(cause, cause);
    }

    /** Where Karaf's file install read a configuration from, else the file of its PID. */
    private static String fileOf(String pid, Map<String, Object> properties) {
        Object from = properties == null ? null : properties.get("felix.fileinstall.filename");
        return from == null ? "etc/" + pid + ".cfg" : ConfigurationProblems.source(pid, from);
    }
}
