package cn.lyg.talent.engine.internal.config;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
 * Gives the platform's components that failed to start another try once their configuration is
 * changed. A plugin refuses a bad setting by not starting (ConfigurationRefused); Felix SCR keeps
 * such a component, and those that failed for want of it, failed even after the county's operator
 * has put the file right, until the bundle is restarted. Here every failed component of the
 * platform is disabled and enabled again after a change of one of the platform's configurations,
 * so a corrected file brings the service back on its own (catalog:problems then empties).
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
        String pid = event.getFactoryPid() != null ? event.getFactoryPid() : event.getPid();
        if (pid != null && pid.startsWith(OURS) && !retries.isShutdown()) {
            retries.schedule(this::retry, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void retry() {
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            if (d.bundle == null || d.bundle.symbolicName == null || !d.bundle.symbolicName.startsWith(OURS)) {
                continue;
            }
            boolean failed = runtime.getComponentConfigurationDTOs(d).stream()
                    .anyMatch(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION);
            if (failed) {
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

    @Deactivate
    void stop() {
        retries.shutdownNow();
    }
}
