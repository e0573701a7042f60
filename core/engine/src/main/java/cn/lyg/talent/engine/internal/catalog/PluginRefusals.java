package cn.lyg.talent.engine.internal.catalog;

import java.util.HashSet;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import cn.lyg.talent.api.catalog.ConfigurationRefusals;
import cn.lyg.talent.api.catalog.ConfigurationRefused;

/**
 * {@link ConfigurationRefusals} for one plugin bundle (one instance per bundle using it), so that
 * each refusal is listed under the plugin that made it, and leaves the list with the plugin.
 */
@Component(scope = ServiceScope.BUNDLE)
public class PluginRefusals implements ConfigurationRefusals {
    private final ServiceCatalogImpl catalog;
    private final String bundle;
    private final Set<String> listed = new HashSet<>();

    @Activate
    public PluginRefusals(@Reference ServiceCatalogImpl catalog, ComponentContext context) {
        this.catalog = catalog;
        Bundle user = context.getUsingBundle();
        this.bundle = user == null ? null : user.getSymbolicName();
    }

    @Override
    public synchronized void refused(ConfigurationRefused refused) {
        listed.add(refused.pid());
        catalog.reportRefusedChange(bundle, refused);
    }

    @Override
    public synchronized void taken(String pid) {
        if (listed.remove(pid)) {
            catalog.clearRefusedChange(pid);
        }
    }

    /** The plugin stopped: what it refused is no longer in force anywhere. */
    @Deactivate
    synchronized void withdrawAll() {
        listed.forEach(catalog::clearRefusedChange);
        listed.clear();
    }
}
