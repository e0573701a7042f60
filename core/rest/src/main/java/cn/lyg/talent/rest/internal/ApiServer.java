package cn.lyg.talent.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.attachment.Attachments;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.notify.Inbox;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.supervision.Supervision;
import cn.lyg.talent.api.window.OneStopWindow;

/**
 * Publishes the platform's JSON API on CXF's default bus while the engine's services are present;
 * a change of configuration or of an engine service republishes it. Plugins' resources are not
 * part of it: {@link PluginApi} publishes each plugin's on its own, so that installing or removing
 * a plugin never takes the platform's API away for a moment.
 */
// A service of this bundle only (its package is private): ApiFallback tells by it whether the API is up.
@Component(service = ApiServer.class, immediate = true, configurationPid = ApiConfiguration.PID)
@Designate(ocd = ApiConfiguration.class)
public class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private final Server server;

    @Activate
    public ApiServer(ApiConfiguration config, @Reference TalentRegistry registry,
            @Reference UnitDirectory units, @Reference JurisdictionDirectory jurisdictions,
            @Reference InstanceSettings settings, @Reference Actors actors, @Reference OneStopWindow window,
            @Reference Inbox inbox, @Reference Supervision supervision, @Reference Ratings ratings,
            @Reference WorkCalendar calendar, @Reference ServiceCatalog catalog, @Reference Attachments attachments,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(config.address());
        List<Object> beans = new ArrayList<>(List.of(new TalentResource(registry), new TicketResource(window, ratings, settings.zone()),
                new InboxResource(inbox, supervision), new RatingResource(ratings),
                new ReferenceResource(units, jurisdictions, settings, calendar, clock),
                new CatalogResource(catalog, jurisdictions), new AttachmentResource(attachments)));
        factory.setServiceBeans(beans);
        factory.setProviders(providers(config, actors, true));
        this.server = publish(factory);
        LOG.info("Talent platform REST API published at {}", config.address());
    }

    /** Starts a server on CXF's default bus, the one its OSGi HTTP transport (the /api servlet) serves. */
    static Server publish(JAXRSServerFactoryBean factory) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServer.class.getClassLoader());
        try {
            factory.setBus(BusFactory.getDefaultBus(true));
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * What every part of the API shares: JSON, body limit, authentication, problem+json errors;
     * {@code platform}: whether it is the platform's own server, which serves the public reference
     * data and documents, and whose resources are all JSON with their query parameters on their
     * methods; a plugin's server keeps JAX-RS's own rules for types and parameters, and the JSON
     * body limit for every path.
     */
    static List<Object> providers(ApiConfiguration config, Actors actors, boolean platform) {
        long maxBodyBytes = ApiSettings.maxBodyBytes(config);
        List<Object> providers = new ArrayList<>(List.of(new JsonProvider(),
                new BodyLimit(maxBodyBytes, platform ? Attachments.MAX_BYTES : maxBodyBytes),
                new Authentication(config.realm(), actors, Duration.ofSeconds(ApiSettings.loginCacheSeconds(config)), platform),
                new RefusalMapper(), new HttpErrorMapper(), noWadl()));
        if (platform) {
            providers.add(new UntypedBodyAsJson());
            providers.add(new KnownQueryParameters());
        }
        return providers;
    }

    /**
     * CXF answers {@code ?_wadl} before any filter of the API runs, so without this anybody could
     * read the description of every protected resource without logging in. Given as a provider,
     * this generator takes the place of CXF's own and answers no request.
     */
    static WadlGenerator noWadl() {
        WadlGenerator generator = new WadlGenerator();
        generator.setIgnoreRequests(true);
        return generator;
    }

    @Deactivate
    void stop() {
        server.destroy();
    }
}
