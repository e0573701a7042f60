package cn.lyg.talent.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.notify.Inbox;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.supervision.Assessment;
import cn.lyg.talent.api.supervision.AssessmentQuery;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.supervision.Supervision;
import cn.lyg.talent.api.supervision.SupervisionNotice;

/** The caller's in-app inbox and the supervision notices (Art.8) they may see. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    private final Inbox inbox;
    private final Supervision supervision;

    public InboxResource(Inbox inbox, Supervision supervision) {
        this.inbox = inbox;
        this.supervision = supervision;
    }

    @GET
    @Path("inbox")
    public Page<Notification> inbox(@Context SecurityContext sc, @QueryParam("unread") String unread,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        Boolean onlyUnread = p.bool("unread", unread);
        int o = p.integer("offset", offset, 0);
        int l = p.integer("limit", limit, 20);
        p.done();
        return inbox.list(Params.actor(sc), Boolean.TRUE.equals(onlyUnread), o, l);
    }

    @POST
    @Path("inbox/{id}/read")
    public Notification read(@Context SecurityContext sc, @PathParam("id") String id) {
        return inbox.markRead(id, Params.actor(sc));
    }

    @GET
    @Path("notices")
    public Page<SupervisionNotice> notices(@Context SecurityContext sc, @QueryParam("kind") String kind,
            @QueryParam("unit") String unit, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        NoticeKind k = p.choice("kind", kind, NoticeKind.class);
        int o = p.integer("offset", offset, 0);
        int l = p.integer("limit", limit, 20);
        p.done();
        return supervision.notices(k, p.text(unit), Params.actor(sc), o, l);
    }

    /**
     * The Art.8 assessment of a period, per jurisdiction and party: deadlines kept and missed,
     * notices, ratings, rectifications. {@code from}/{@code to}: days, both included (default:
     * this month).
     */
    @GET
    @Path("assessment")
    public Assessment assessment(@Context SecurityContext sc, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("jurisdiction") String jurisdiction) {
        Params p = new Params();
        AssessmentQuery q = new AssessmentQuery();
        q.from = p.date("from", from);
        q.to = p.date("to", to);
        q.jurisdiction = p.text(jurisdiction);
        p.done();
        return supervision.assess(q, Params.actor(sc));
    }
}
