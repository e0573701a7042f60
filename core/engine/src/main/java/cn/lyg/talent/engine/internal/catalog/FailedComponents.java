package cn.lyg.talent.engine.internal.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.engine.internal.Messages;

/**
 * The platform's components (core's and the plugins', {@code cn.lyg.talent.*}) that failed to
 * start, as catalog problems: a bad line in a plugin's {@code etc/*.cfg} stops its component,
 * and its service leaves the catalog. The operator reads why in {@code catalog:problems}
 * instead of a stack trace in {@code karaf.log}.
 */
final class FailedComponents {
    private static final String OURS = "cn.lyg.talent";

    private FailedComponents() {
    }

    static List<DescriptorProblem> of(ServiceComponentRuntime runtime, Instant now) {
        List<DescriptorProblem> out = new ArrayList<>();
        if (runtime == null) {
            return out;
        }
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            if (d.bundle == null || d.bundle.symbolicName == null || !d.bundle.symbolicName.startsWith(OURS)) {
                continue;
            }
            for (ComponentConfigurationDTO c : runtime.getComponentConfigurationDTOs(d)) {
                if (c.state != ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    continue;
                }
                String reason = reason(c.failure);
                out.add(ServiceCatalogImpl.problem(d.bundle.symbolicName, "component " + d.name,
                        Messages.ENGINE.en("problem.DOES_NOT_START", reason), Messages.ENGINE.zh("problem.DOES_NOT_START", reason),
                        now));
            }
        }
        return out;
    }

    /**
     * The innermost cause of a failure as SCR reports it (a stack trace), without its exception
     * class: {@code cn.lyg.talent.plugin.medical: hospitals entry is not valid: 320700}.
     */
    static String reason(String failure) {
        if (failure == null || failure.isBlank()) {
            return "(no reason given)";
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
        int colon = cause.indexOf(": ");
        // "java.lang.IllegalArgumentException: text" → "text"; a message of its own stays whole.
        if (colon > 0 && cause.substring(0, colon).matches("[\\w$.]+(Exception|Error)")) {
            return cause.substring(colon + 2);
        }
        return cause;
    }
}
