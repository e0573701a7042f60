package cn.lyg.talent.rest.internal;

import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * A request that sends (or may send) a body without saying its type is read as JSON, the only
 * type the API takes: an empty one is then answered as any missing body (BODY_REQUIRED where one
 * is needed), a body that is not JSON as any malformed one. Left to CXF, the missing type reads as
 * application/octet-stream, which has no reader: the client got 415 and the log an ERROR for
 * every such request, which any logged-in user could repeat to bury real failures. A body sent
 * with another declared type is still refused with 415.
 */
@PreMatching
public class UntypedBodyAsJson implements ContainerRequestFilter {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITH_BODY.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
