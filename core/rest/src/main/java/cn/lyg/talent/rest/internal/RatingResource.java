package cn.lyg.talent.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.rating.Rectification;
import cn.lyg.talent.api.rating.RectificationQuery;
import cn.lyg.talent.api.rating.RectificationStatus;

/**
 * 好差评 over HTTP: the rectifications of bad ratings (listed for the staff they wait on) and appeals. The ratings of a ticket live under
 * the ticket ({@link TicketResource}), since JAX-RS matches {@code /tickets/...} there first.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final Ratings ratings;

    public RatingResource(Ratings ratings) {
        this.ratings = ratings;
    }

    /** A note, result or reason as the body of a step. */
    public static class Note {
        public String text;
    }

    /** The talent office's appeal decision: why, and whether the rating was malicious (its stage then closes). */
    public static class Appeal {
        public String text;
        public boolean malicious;
    }

    /** What waits on the caller: the window's call-backs, a unit's rectifications, the talent office's overview. */
    @GET
    @Path("rectifications")
    public Page<Rectification> rectifications(@Context SecurityContext sc, @QueryParam("status") String status,
            @QueryParam("unit") String unit, @QueryParam("overdue") String overdue,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        RectificationQuery q = new RectificationQuery();
        q.status = p.choice("status", status, RectificationStatus.class);
        q.unit = p.text(unit);
        q.overdue = p.bool("overdue", overdue);
        q.offset = p.integer("offset", offset, 0);
        q.limit = p.integer("limit", limit, 20);
        p.done();
        return ratings.rectifications(q, Params.actor(sc));
    }

    @GET
    @Path("rectifications/{id}")
    public Rectification rectification(@Context SecurityContext sc, @PathParam("id") String id) {
        return ratings.rectification(id, Params.actor(sc));
    }

    @POST
    @Path("rectifications/{id}/call-back")
    public Rectification callBack(@Context SecurityContext sc, @PathParam("id") String id, Note note) {
        return asText(() -> ratings.callBack(id, note.text, Params.actor(sc)));
    }

    @POST
    @Path("rectifications/{id}/rectify")
    public Rectification rectify(@Context SecurityContext sc, @PathParam("id") String id, Note note) {
        return asText(() -> ratings.rectify(id, note.text, Params.actor(sc)));
    }

    @POST
    @Path("rectifications/{id}/re-rating")
    public Response reRate(@Context SecurityContext sc, @PathParam("id") String id, RatingInput input) {
        return Response.status(Response.Status.CREATED).entity(ratings.reRate(id, input, Params.actor(sc))).build();
    }

    @POST
    @Path("ratings/{id}/void")
    public Rating voidRating(@Context SecurityContext sc, @PathParam("id") String id, Appeal appeal) {
        return asText(() -> ratings.voidRating(id, appeal.text, appeal.malicious, Params.actor(sc)));
    }

    /**
     * The service names the text by its meaning ({@code note}, {@code result}, {@code reason});
     * over REST it is the body's {@code text}, and an error names the field the caller sent.
     */
    private static <T> T asText(Supplier<T> call) {
        try {
            return call.get();
        } catch (Refusal r) {
            if (r.fieldErrors().isEmpty()) {
                throw r;
            }
            List<FieldError> renamed = r.fieldErrors().stream()
                    .map(f -> new FieldError(Set.of("note", "result", "reason").contains(f.field) ? "text" : f.field,
                            f.code, f.messageZh, f.messageEn))
                    .toList();
            throw new Refusal(r.kind(), r.code(), r.messageZh(), r.messageEn(), renamed);
        }
    }
}
