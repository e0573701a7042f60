package cn.lyg.talent.rest.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TicketQuery;
import cn.lyg.talent.api.window.TicketSort;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.api.window.TicketSummary;
import cn.lyg.talent.api.window.TransitionInput;

/**
 * The one-stop window over HTTP (Art.6, Art.7). A transition is {@code POST
 * /tickets/{id}/{action}} (accept, return, resubmit, reject, withdraw, dispatch, redirect,
 * contact, file-delay, resolve, follow-up, close) and answers with the ticket: its new state,
 * steps and next due time.
 */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {
    private final OneStopWindow window;
    private final Ratings ratings;
    private final ZoneId zone;

    public TicketResource(OneStopWindow window, Ratings ratings, ZoneId zone) {
        this.window = window;
        this.ratings = ratings;
        this.zone = zone;
    }

    @GET
    @Path("{id}/ratings")
    public List<Rating> ratings(@Context SecurityContext sc, @PathParam("id") String id) {
        return ratings.ofTicket(id, Params.actor(sc));
    }

    /** 好差评 at acceptance or completion, by the talent or recorded by the window. */
    @POST
    @Path("{id}/ratings")
    public Response rate(@Context SecurityContext sc, @PathParam("id") String id, RatingInput input) {
        return Response.status(Response.Status.CREATED).entity(ratings.rate(id, input, Params.actor(sc))).build();
    }

    @GET
    public Page<TicketSummary> list(@Context SecurityContext sc, @QueryParam("state") String state,
            @QueryParam("unit") String unit, @QueryParam("talentId") String talentId,
            @QueryParam("overdue") String overdue, @QueryParam("dueBefore") String dueBefore,
            @QueryParam("sort") String sort, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        TicketQuery q = new TicketQuery();
        q.sort = p.choice("sort", sort, TicketSort.class);
        q.state = p.choice("state", state, TicketState.class);
        q.unit = p.text(unit);
        q.talentId = p.text(talentId);
        q.overdue = p.bool("overdue", overdue);
        q.dueBefore = p.instant("dueBefore", dueBefore, zone);
        q.offset = p.integer("offset", offset, 0);
        q.limit = p.integer("limit", limit, 20);
        p.done();
        return window.find(q, Params.actor(sc));
    }

    @POST
    public Response submit(@Context SecurityContext sc, @Context UriInfo uri, TicketInput input) {
        Ticket t = window.submit(input, Params.actor(sc));
        return Response.created(uri.getAbsolutePathBuilder().path(t.id).build()).entity(t).build();
    }

    @GET
    @Path("{id}")
    public Ticket get(@Context SecurityContext sc, @PathParam("id") String id) {
        return window.get(id, Params.actor(sc));
    }

    /**
     * A transition; its body is optional (accept, contact and close need none), so it is read
     * here rather than by content negotiation, which would refuse a bodiless POST with 415.
     */
    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.WILDCARD)
    public Ticket transition(@Context SecurityContext sc, @PathParam("id") String id,
            @PathParam("action") String action, String body) {
        TicketAction a = action(action);
        TransitionInput input = body == null || body.isBlank() ? new TransitionInput()
                : JsonProvider.read(body, TransitionInput.class);
        return window.transition(id, a, input, Params.actor(sc));
    }

    static TicketAction action(String path) {
        try {
            TicketAction a = TicketAction.valueOf(path.replace('-', '_').toUpperCase(Locale.ROOT));
            if (a != TicketAction.SUBMIT) {
                return a;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new WebApplicationException(Problems.response(404, "NOT_FOUND", List.of()));
    }
}
