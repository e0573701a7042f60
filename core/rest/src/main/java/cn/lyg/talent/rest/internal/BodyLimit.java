package cn.lyg.talent.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * Refuses bodies larger than the configured limit with 413, whether announced by
 * Content-Length or streamed in chunks, before anything is parsed or written. A document handed
 * in ({@code POST /attachments}) has a limit of its own: a scan is larger than any JSON request.
 */
@PreMatching
public class BodyLimit implements ContainerRequestFilter {
    private final long maxBytes;
    private final long maxDocumentBytes;

    public BodyLimit(long maxBytes, long maxDocumentBytes) {
        this.maxBytes = maxBytes;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long max = "POST".equals(request.getMethod()) && isDocumentUpload(request.getUriInfo().getPath())
                ? maxDocumentBytes : maxBytes;
        if (request.getLength() > max) {
            throw tooLarge(max);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), max));
    }

    /** {@code attachments}, with or without the slashes around it, as the request's path relative to the API. */
    private static boolean isDocumentUpload(String path) {
        int from = path.startsWith("/") ? 1 : 0;
        int to = path.endsWith("/") && path.length() > from ? path.length() - 1 : path.length();
        return to - from == AttachmentResource.PATH.length() && path.startsWith(AttachmentResource.PATH, from);
    }

    private static WebApplicationException tooLarge(long max) {
        return new WebApplicationException(Problems.response(413, "BODY_TOO_LARGE", List.of(), max));
    }

    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long remaining;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            remaining -= n;
            if (remaining < 0) {
                throw tooLarge(max);
            }
        }
    }
}
