package cn.lyg.talent.engine.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.catalog.ServiceOffering;

/**
 * The extender for descriptor bundles: a bundle whose manifest has a {@value #HEADER} header
 * (comma-separated paths; a path ending in {@code /*.xml} means every XML file in that folder)
 * offers the services its descriptors define while it is active, like {@code Meta-Persistence}
 * does for persistence units. A broken descriptor is reported and skipped; the bundle's other
 * descriptors and every other service are offered as usual.
 */
@Component(immediate = true)
public class DescriptorExtender {
    public static final String HEADER = "Talent-Services";
    private static final Logger LOG = LoggerFactory.getLogger(DescriptorExtender.class);

    private final ServiceCatalogImpl catalog;
    private final BundleTracker<List<ServiceRegistration<ServiceOffering>>> tracker;

    @Activate
    public DescriptorExtender(BundleContext context, @Reference ServiceCatalogImpl catalog) {
        this.catalog = catalog;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<ServiceRegistration<ServiceOffering>> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(HEADER);
                return header == null ? null : offer(bundle, header);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<ServiceOffering>> regs) {
                DescriptorOfferings.unregister(regs);
                String header = bundle.getHeaders("").get(HEADER);
                // Problems go with the bundle: its descriptors' and a header that named none.
                catalog.clearReport(key(bundle, header));
                for (String path : paths(bundle, header)) {
                    catalog.clearReport(key(bundle, path));
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private List<ServiceRegistration<ServiceOffering>> offer(Bundle bundle, String header) {
        List<ServiceRegistration<ServiceOffering>> regs = new ArrayList<>();
        BundleContext context = bundle.getBundleContext();
        List<String> paths = paths(bundle, header);
        if (paths.isEmpty()) {
            catalog.report(key(bundle, header), bundle.getSymbolicName(), header, "no descriptor found at " + header);
            LOG.warn("Bundle {}: no service descriptor found at {}", bundle.getSymbolicName(), header);
        }
        for (String path : paths) {
            URL url = bundle.getEntry(path);
            try (InputStream in = url.openStream()) {
                regs.addAll(DescriptorOfferings.register(context, path, DescriptorReader.read(in)));
                catalog.clearReport(key(bundle, path));
            } catch (DescriptorReader.Invalid | IOException e) {
                catalog.report(key(bundle, path), bundle.getSymbolicName(), path, e.getMessage());
                LOG.warn("Bundle {}: service descriptor {} is not used: {}", bundle.getSymbolicName(), path, e.getMessage());
            }
        }
        return regs;
    }

    /** The descriptor files a header names, as entry paths of the bundle. */
    static List<String> paths(Bundle bundle, String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int slash = p.lastIndexOf('/');
            String dir = slash < 0 ? "/" : p.substring(0, slash);
            String file = p.substring(slash + 1);
            if (file.contains("*")) {
                Enumeration<URL> found = bundle.findEntries(dir, file, false);
                List<String> names = new ArrayList<>();
                for (URL u : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
                    names.add(u.getPath().startsWith("/") ? u.getPath().substring(1) : u.getPath());
                }
                Collections.sort(names);
                out.addAll(names);
            } else if (bundle.getEntry(p) != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static String key(Bundle bundle, String path) {
        return "descriptor:" + bundle.getBundleId() + ":" + path;
    }
}
