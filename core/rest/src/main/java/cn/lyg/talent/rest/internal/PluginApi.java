package cn.lyg.talent.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Path;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.catalog.PluginResource;

/**
 * Publishes each plugin's resources (Art.9) as a server of its own at
 * {@code <address>/plugins/<name>}, beside the platform's API ({@link ApiServer}) and with its
 * providers. CXF hands a request to the server with the longest matching address, so
 * {@code /api/v1/plugins/gold-card/…} goes to the gold card's server and everything else to the
 * platform's. A plugin coming or going therefore publishes or removes its own server only: the
 * rest of the API answers throughout (it used to be published anew, and answered 404 meanwhile).
 * <p>
 * A resource keeps its documented {@code @Path("plugins/<name>/…")}; its server strips that
 * prefix, which its address already carries.
 */
@Component(immediate = true, configurationPid = ApiConfiguration.PID)
public class PluginApi {
    private static final Logger LOG = LoggerFactory.getLogger(PluginApi.class);

    private final ApiConfiguration config;
    private final Actors actors;
    private final Map<String, List<PluginResource>> resources = new HashMap<>();
    private final Map<String, Server> servers = new HashMap<>();
    private boolean closed;

    @Activate
    public PluginApi(ApiConfiguration config, @Reference Actors actors) {
        this.config = config;
        this.actors = actors;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addResource(PluginResource resource) {
        String name = nameOf(resource);
        if (name != null) {
            resources.computeIfAbsent(name, n -> new ArrayList<>()).add(resource);
            publish(name);
        }
    }

    synchronized void removeResource(PluginResource resource) {
        resources.forEach((name, list) -> {
            if (list.remove(resource)) {
                publish(name);
            }
        });
        resources.values().removeIf(List::isEmpty);
    }

    @Deactivate
    synchronized void stop() {
        closed = true;
        servers.values().forEach(Server::destroy);
        servers.clear();
    }

    /** The plugin's name if its resource may be published: its path must lie under {@code plugins/<name>}. */
    private static String nameOf(PluginResource r) {
        Path path = r.getClass().getAnnotation(Path.class);
        String name;
        try {
            name = r.name();
        } catch (RuntimeException e) {
            LOG.error("Plugin resource {} not published: name() failed with {}", r.getClass().getName(),
                    e.getClass().getName());
            return null;
        }
        String prefix = "plugins/" + name;
        String value = path == null ? "" : strip(path.value());
        if (name == null || name.isBlank() || name.contains("/") || !(value.equals(prefix) || value.startsWith(prefix + "/"))) {
            // A plugin must not take over the platform's own paths.
            LOG.error("Plugin resource {} not published: its @Path must start with plugins/<name()>, one segment",
                    r.getClass().getName());
            return null;
        }
        return name;
    }

    /** (Re)publishes the server of one plugin's resources, or removes it when none are left. */
    private void publish(String name) {
        Server old = servers.remove(name);
        if (old != null) {
            old.destroy();
        }
        List<PluginResource> list = resources.getOrDefault(name, List.of());
        if (closed || list.isEmpty()) {
            return;
        }
        String address = strip(config.address()) + "/plugins/" + name;
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress("/" + address);
        factory.setServiceBeans(new ArrayList<>(list));
        for (ClassResourceInfo cri : factory.getServiceFactory().getClassResourceInfo()) {
            // The address carries plugins/<name>: the resource's own path continues from there.
            String own = strip(cri.getURITemplate().getValue()).substring(("plugins/" + name).length());
            cri.setURITemplate(URITemplate.createTemplate(own.isEmpty() ? "/" : own));
        }
        // Every request to a plugin is authenticated: none of its paths is public reference data.
        factory.setProviders(ApiServer.providers(config, actors, false));
        try {
            servers.put(name, ApiServer.publish(factory));
            LOG.info("Plugin resources published at /{}", address);
        } catch (RuntimeException e) {
            // A plugin's resource must not take anything else down.
            LOG.error("Plugin resources of {} not published: {}", name, e.getClass().getName());
        }
    }

    private static String strip(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
