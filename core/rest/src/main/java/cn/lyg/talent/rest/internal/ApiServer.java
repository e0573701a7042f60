package cn.lyg.talent.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.catalog.PluginResource;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.notify.Inbox;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.supervision.Supervision;
import cn.lyg.talent.api.window.OneStopWindow;

/**
 * Publishes the JSON API on CXF's default bus while the engine's services are present; a change of
 * configuration or of a service republishes it.
 */
@Component(immediate = true, configurationPid = ApiConfiguration.PID)
@Designate(ocd = ApiConfiguration.class)
public class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private final Server server;

    @Activate
    public ApiServer(ApiConfiguration config, @Reference TalentRegistry registry,
            @Reference UnitDirectory units, @Reference JurisdictionDirectory jurisdictions,
            @Reference InstanceSettings settings, @Reference Actors actors, @Reference OneStopWindow window,
            @Reference Inbox inbox, @Reference Supervision supervision, @Reference Ratings ratings,
            @Reference WorkCalendar calendar, @Reference ServiceCatalog catalog,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<PluginResource> pluginResources) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(config.address());
        List<Object> beans = new java.util.ArrayList<>(List.of(new TalentResource(registry), new TicketResource(window, ratings),
                new InboxResource(inbox, supervision), new RatingResource(ratings),
                new ReferenceResource(units, jurisdictions, settings, calendar, clock),
                new CatalogResource(catalog, jurisdictions)));
        int platformResources = beans.size();
        for (PluginResource r : pluginResources) {
            javax.ws.rs.Path path = r.getClass().getAnnotation(javax.ws.rs.Path.class);
            String expected;
            try {
                expected = "plugins/" + r.name();
            } catch (RuntimeException e) {
                LOG.error("Plugin resource {} not published: name() failed with {}", r.getClass().getName(), e.getClass().getName());
                continue;
            }
            if (path == null || !(path.value().equals(expected) || path.value().startsWith(expected + "/"))) {
                // A plugin must not take over the platform's own paths.
                LOG.error("Plugin resource {} not published: its @Path must start with {}", r.getClass().getName(), expected);
                continue;
            }
            beans.add(r);
            LOG.info("Plugin resource published at {}/{}", config.address(), path.value());
        }
        factory.setServiceBeans(beans);
        factory.setProviders(List.of(new JsonProvider(), new BodyLimit(config.maxBodyBytes()),
                new Authentication(config.realm(), actors, Duration.ofSeconds(config.loginCacheSeconds())),
                new RefusalMapper(), new HttpErrorMapper()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServer.class.getClassLoader());
        try {
            // CXF's default bus is the one its OSGi HTTP transport (the /api servlet) serves.
            factory.setBus(BusFactory.getDefaultBus(true));
            Server created;
            try {
                created = factory.create();
            } catch (RuntimeException e) {
                if (beans.size() == platformResources) {
                    throw e;
                }
                // A plugin's resource must not take the platform's API down: publish without them.
                LOG.error("Plugin resources made the API fail to start ({}); published without them", e.getClass().getName());
                factory.setServiceBeans(new java.util.ArrayList<>(beans.subList(0, platformResources)));
                created = factory.create();
            }
            this.server = created;
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Talent platform REST API published at {}", config.address());
    }

    @Deactivate
    void stop() {
        server.destroy();
    }
}
