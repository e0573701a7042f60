package cn.lyg.talent.rest.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

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

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

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
    private volatile ApiServer api;

    @Activate
    public ApiFallback(ApiConfiguration config) {
        this.unserved = new Unserved(config.address(), () -> api != null);
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

    /** The API's server while it is published: present from its activation to its deactivation. */
    @Reference(service = ApiServer.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindApi(ApiServer server) {
        api = server;
    }

    void unbindApi(ApiServer server) {
        if (api == server) {
            api = null;
        }
    }

    /** Every method on every path below the servlet that no other server took. */
    @Path("/")
    public static final class Unserved {
        private volatile String api;
        private final BooleanSupplier published;

        /** {@code published} tells whether the API's server is up. */
        Unserved(String address, BooleanSupplier published) {
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
            if ((p.equals(a) || p.startsWith(a + "/")) && !published.getAsBoolean()) {
                return Response.fromResponse(Problems.response(503, "API_UNAVAILABLE", List.of()))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            return Problems.response(404, "NOT_FOUND", List.of());
        }

        private static String strip(String path) {
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
