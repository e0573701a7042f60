package cn.lyg.talent.engine.internal.config;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the platform's components that failed to start another try once a configuration they do
 * not own is changed. A plugin refuses a bad setting by not starting (ConfigurationRefused). When
 * its own file is put right, SCR tries it again by itself. What SCR does not try again: a
 * component that failed for want of another (a plugin's offering whose settings component did not
 * start), and one refused because of another file (two housing terms files naming one county: one
 * is deleted). Here, after a change of one of the platform's configurations, every failed
 * component of the platform is disabled and enabled again, except those whose only failure is a
 * configuration of their own that has just changed: SCR has just tried those, and disabling their
 * component would restart its healthy configurations too (the city's housing terms beside a
 * county's refused ones), take the service away for a moment and log every failure again.
 */
@Component(immediate = true)
public class FailedComponentRetry implements ConfigurationListener {
    private static final Logger LOG = LoggerFactory.getLogger(FailedComponentRetry.class);
    private static final String OURS = "cn.lyg.talent";
    /** SCR takes the change in first: the retry comes after it. */
    private static final long SETTLE_MILLIS = 1000;

    private final ServiceComponentRuntime runtime;
    private final ScheduledExecutorService retries = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "talent-failed-component-retry");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public FailedComponentRetry(@Reference ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String family = event.getFactoryPid() != null ? event.getFactoryPid() : event.getPid();
        String changed = event.getPid();
        if (family != null && family.startsWith(OURS) && !retries.isShutdown()) {
            retries.schedule(() -> retry(changed), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void retry(String changed) {
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            if (d.bundle == null || d.bundle.symbolicName == null || !d.bundle.symbolicName.startsWith(OURS)) {
                continue;
            }
            if (needsRetry(runtime.getComponentConfigurationDTOs(d), changed)) {
                LOG.info("Starting {} again after a change of the platform's configuration", d.name);
                try {
                    runtime.disableComponent(d).getValue();
                    runtime.enableComponent(d).getValue();
                } catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    LOG.warn("{} could not be started again: {}", d.name, e.getClass().getName());
                }
            }
        }
    }

    /**
     * Whether a component (its configurations) needs another try after the configuration
     * {@code changed} (a PID) changed: one of its configurations failed, and not (only) because
     * of that configuration, which SCR has just given to it and tried again.
     */
    static boolean needsRetry(Collection<ComponentConfigurationDTO> configurations, String changed) {
        return configurations.stream().anyMatch(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                && !pids(c).contains(changed));
    }

    /** The configurations a component configuration was made from (SCR's {@code service.pid}). */
    private static List<String> pids(ComponentConfigurationDTO c) {
        Object pid = c.properties == null ? null : c.properties.get(Constants.SERVICE_PID);
        if (pid instanceof String one) {
            return List.of(one);
        }
        if (pid instanceof String[] several) {
            return List.of(several);
        }
        if (pid instanceof Collection<?> several) {
            return several.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    @Deactivate
    void stop() {
        retries.shutdownNow();
    }
}
