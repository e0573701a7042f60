package cn.lyg.talent.rest.internal;

import static org.junit.Assert.assertEquals;

import javax.ws.rs.core.Response;

import org.junit.Test;

/** What is answered for a path no server of the API took (see {@link ApiFallback}). */
public class ApiFallbackTest {

    private static String code(Response r) {
        return ((Problem) r.getEntity()).code;
    }

    @Test
    public void aPathOfTheApiWhileItIsNotPublishedIsUnavailableForAMoment() {
        ApiFallback.Unserved unserved = new ApiFallback.Unserved("/v1", () -> false);
        for (String path : new String[] {"v1", "/v1/", "v1/tickets/320700-20261127-0001", "/v1/plugins/gold-card/cards/x"}) {
            Response r = unserved.answer(path);
            assertEquals(path, 503, r.getStatus());
            assertEquals("API_UNAVAILABLE", code(r));
            assertEquals(String.valueOf(ApiFallback.RETRY_AFTER_SECONDS), r.getHeaderString("Retry-After"));
        }
    }

    /**
     * With the API published, a path of it that reached this server is one the API's server did not
     * take (an encoded slash, {@code tickets/..%2f..%2finstance}): not found, not "starting up".
     */
    @Test
    public void aPathOfTheApiWhileItIsPublishedIsNotFound() {
        ApiFallback.Unserved unserved = new ApiFallback.Unserved("/v1", () -> true);
        Response r = unserved.answer("v1/tickets/..%2f..%2finstance");
        assertEquals(404, r.getStatus());
        assertEquals("NOT_FOUND", code(r));
    }

    @Test
    public void anyOtherPathIsNotFound() {
        ApiFallback.Unserved unserved = new ApiFallback.Unserved("v1/", () -> false);
        for (String path : new String[] {"", "/", "v2/tickets", "v1x", "/v10/talents", "talents"}) {
            Response r = unserved.answer(path);
            assertEquals(path, 404, r.getStatus());
            assertEquals("NOT_FOUND", code(r));
        }
        // The configured address counts, not the default.
        assertEquals(404, new ApiFallback.Unserved("/v2", () -> false).answer("v1/tickets").getStatus());
        assertEquals(503, new ApiFallback.Unserved("/v2", () -> false).answer("v2/tickets").getStatus());
    }
}
