package cn.lyg.talent.rest.internal;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every other failure as problem+json: HTTP errors keep their status (a response that already
 * is a problem passes through); anything unexpected is a 500 whose cause goes to the log.
 */
public class HttpErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrorMapper.class);

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable t) {
        if (t instanceof WebApplicationException w) {
            Response r = w.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            int status = r.getStatus();
            String code = switch (status) {
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 406 -> "NOT_ACCEPTABLE";
                // A document is not JSON: its sender is told the types a document may have.
                case 415 -> documentUpload() ? "UNSUPPORTED_DOCUMENT_TYPE" : "UNSUPPORTED_MEDIA_TYPE";
                default -> status < 500 ? "BAD_REQUEST" : "INTERNAL_ERROR";
            };
            return Problems.response(status, code, List.of());
        }
        LOG.error("Unexpected failure serving a request: {}", withoutMessages(t));
        return Problems.response(500, "INTERNAL_ERROR", List.of());
    }

    private boolean documentUpload() {
        try {
            return uri != null && uri.getPath().replaceAll("/+$", "").endsWith("attachments");
        } catch (RuntimeException outsideARequest) {
            return false;
        }
    }

    /**
     * The cause chain with types and code locations but no messages: database and parser
     * messages quote the values they choke on, and those may be identity or phone numbers.
     */
    static String withoutMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c == t ? "" : System.lineSeparator() + "Caused by: ").append(c.getClass().getName());
            StackTraceElement[] frames = c.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                sb.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
        }
        return sb.toString();
    }
}
