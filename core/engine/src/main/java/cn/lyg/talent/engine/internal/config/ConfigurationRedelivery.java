package cn.lyg.talent.engine.internal.config;

import java.io.IOException;
import java.util.Dictionary;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, hands over again the platform's configurations that a plugin's component received,
 * garbled, before {@link ConfigurationEncoding} was there: at boot a plugin may start before the
 * engine. It starts once that plugin is registered, so the configurations go out decoded. The
 * stored configurations and their files stay as they are.
 */
@Component(immediate = true)
public class ConfigurationRedelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationRedelivery.class);

    @Activate
    public ConfigurationRedelivery(
            @Reference(target = "(component.name=cn.lyg.talent.engine.internal.config.ConfigurationEncoding)")
            ConfigurationPlugin encoding, @Reference ConfigurationAdmin configurations) {
        try {
            Configuration[] all = configurations.listConfigurations("(" + Constants.SERVICE_PID + "=cn.lyg.talent.*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Dictionary<String, Object> properties = c.getProperties();
                if (properties != null && ConfigurationEncoding.misread(properties)) {
                    // The same properties, stored again: a new change count, which components
                    // (SCR) need to take the configuration again; update() alone does not give one.
                    c.update(properties);
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Configurations written in UTF-8 could not be handed over again: {}", e.getClass().getName());
        }
    }
}
