package cn.lyg.talent.engine.internal.catalog;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceOffering;

/**
 * Services read from descriptors, registered as ordinary {@link ServiceOffering}s so the catalog
 * treats them like Java ones: in the descriptor bundle's own context (so the offering goes when the
 * bundle goes and the catalog names that bundle) or, for files in the watched folder, the engine's.
 */
final class DescriptorOfferings {
    /** Service property naming the descriptor file an offering was read from. */
    static final String DESCRIPTOR = "talent.descriptor";

    private DescriptorOfferings() {
    }

    static List<ServiceRegistration<ServiceOffering>> register(BundleContext context, String source,
            List<DescriptorReader.Described> services) {
        List<ServiceRegistration<ServiceOffering>> out = new ArrayList<>();
        for (DescriptorReader.Described d : services) {
            ServiceDefinition definition = d.definition();
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(Constants.SERVICE_RANKING, d.ranking());
            props.put(DESCRIPTOR, source);
            props.put(ServiceOffering.SERVICE_CODE, definition.code);
            ServiceOffering offering = () -> definition;
            out.add(context.registerService(ServiceOffering.class, offering, props));
        }
        return out;
    }

    static void unregister(List<ServiceRegistration<ServiceOffering>> registrations) {
        for (ServiceRegistration<ServiceOffering> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // Already gone with its bundle.
            }
        }
    }
}
