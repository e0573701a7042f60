package cn.lyg.talent.rest.internal;

import java.util.List;
import java.util.function.Predicate;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;

/**
 * Answers what no server of the API serves under the CXF servlet ({@code /api}), as problem+json
 * in Chinese and English like every other error of the API: a path of the API while the API is not
 * published (starting, or being republished after a change of its configuration or of an engine
 * service, decision 0002) gets 503 {@code API_UNAVAILABLE} with {@code Retry-After}; any other
 * path ({@code /api/v2/…}, {@code /api/v1x}), and a path of the published API that its server did
 * not take ({@code tickets/..%2f..%2finstance}), 404 {@code NOT_FOUND}. Without it CXF answered an
 * HTML page and logged a warning with the URL for each such request, and a client polling a ticket
 * during a restart read "not found".
 * <p>
 * A server at {@code /} is CXF's last choice: a request goes to the server with the longest
 * address it starts with, so the API's and the plugins' servers keep their paths. It needs none of
 * the engine's services, so it stays while the API comes and goes.
 */
@Component(immediate = true, configurationPid = ApiConfiguration.PID)
public class ApiFallback {
    /** Seconds a client is asked to wait before trying again; a republication takes about that. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Unserved unserved;
    private final Server server;

    @Activate
    public ApiFallback(ApiConfiguration config) {
        // The default bus, on which ApiServer.publish starts the API's server as this one.
        this.unserved = new Unserved(config.address(), address -> published(BusFactory.getDefaultBus(false), address));
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress("/");
        factory.setServiceBeans(List.of(unserved));
        factory.setProviders(List.of(new JsonProvider(), ApiServer.noWadl()));
        this.server = ApiServer.publish(factory);
    }

    /**
     * A change of the API's settings republishes the API: this server stays up through it (it is
     * what answers meanwhile) and only takes the new address.
     */
    @Modified
    void modified(ApiConfiguration config) {
        unserved.address(config.address());
    }

    @Deactivate
    void stop() {
        server.destroy();
    }

    /**
     * Whether a started server on the bus has the address ({@code /v1}): the API's, once published.
     * CXF's servlet turns an endpoint's address into the absolute URL on its first request
     * ({@code http://host:8181/api/v1}), so the address is compared as the end of it.
     */
    private static boolean published(Bus bus, String address) {
        ServerRegistry servers = bus == null ? null : bus.getExtension(ServerRegistry.class);
        return servers != null && servers.getServers().stream().anyMatch(s -> {
            String endpoint = "/" + Unserved.strip(s.getEndpoint().getEndpointInfo().getAddress());
            return s.isStarted() && (endpoint.equals(address) || endpoint.endsWith(address));
        });
    }

    /** Every method on every path below the servlet that no other server took. */
    @Path("/")
    public static final class Unserved {
        private volatile String api;
        private final Predicate<String> published;

        /** {@code published} tells whether the API's server is up at an address ({@code /v1}). */
        Unserved(String address, Predicate<String> published) {
            this.published = published;
            address(address);
        }

        void address(String address) {
            this.api = "/" + strip(address);
        }

        /** The answer for a path relative to the servlet ({@code v1/tickets}). */
        Response answer(String path) {
            String p = "/" + strip(path);
            String a = api;
            // Reached here with the API up, a path of it is one the API's server did not take (an
            // encoded slash, ..%2f): not found, not "starting up".
            if ((p.equals(a) || p.startsWith(a + "/")) && !published.test(a)) {
                return Response.fromResponse(Problems.response(503, "API_UNAVAILABLE", List.of()))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            return Problems.response(404, "NOT_FOUND", List.of());
        }

        static String strip(String path) {
            String p = path == null ? "" : path.strip();
            while (p.startsWith("/")) {
                p = p.substring(1);
            }
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            return p;
        }

        @GET
        @Path("{path: .*}")
        public Response get(@Context UriInfo uri) {
            return answer(uri.getPath());
        }

        @POST
        @Path("{path: .*}")
        public Response post(@Context UriInfo uri) {
            return answer(uri.getPath());
        }

        @PUT
        @Path("{path: .*}")
        public Response put(@Context UriInfo uri) {
            return answer(uri.getPath());
        }

        @DELETE
        @Path("{path: .*}")
        public Response delete(@Context UriInfo uri) {
            return answer(uri.getPath());
        }

        @PATCH
        @Path("{path: .*}")
        public Response patch(@Context UriInfo uri) {
            return answer(uri.getPath());
        }

        @OPTIONS
        @Path("{path: .*}")
        public Response options(@Context UriInfo uri) {
            return answer(uri.getPath());
        }
    }
}
