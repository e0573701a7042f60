package cn.lyg.talent.rest.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.registry.Certification;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentQuery;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.registry.TalentSummary;

/** The talent registry over HTTP (Art.3). Role and jurisdiction are checked by the registry. */
@Path("talents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TalentResource {
    private final TalentRegistry registry;

    public TalentResource(TalentRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Page<TalentSummary> list(@Context SecurityContext sc, @QueryParam("name") String name,
            @QueryParam("identityNumber") String identityNumber, @QueryParam("class") String talentClass,
            @QueryParam("employer") String employer, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("highLevel") String highLevel, @QueryParam("onDate") String onDate,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        TalentQuery q = new TalentQuery();
        q.name = p.text(name);
        q.identityNumber = p.text(identityNumber);
        q.talentClass = p.choice("class", talentClass, TalentClass.class);
        q.employer = p.text(employer);
        q.jurisdiction = p.text(jurisdiction);
        q.highLevel = p.bool("highLevel", highLevel);
        q.onDate = p.date("onDate", onDate);
        q.offset = p.integer("offset", offset, 0);
        q.limit = p.integer("limit", limit, 20);
        p.done();
        return registry.find(q, Params.actor(sc));
    }

    @POST
    public Response register(@Context SecurityContext sc, @Context UriInfo uri, TalentInput input) {
        Talent t = registry.register(input, Params.actor(sc));
        URI location = uri.getAbsolutePathBuilder().path(t.id).build();
        return Response.created(location).entity(t).build();
    }

    @GET
    @Path("{id}")
    public Talent get(@Context SecurityContext sc, @PathParam("id") String id) {
        return registry.get(id, Params.actor(sc));
    }

    @PUT
    @Path("{id}")
    public Talent update(@Context SecurityContext sc, @PathParam("id") String id, TalentInput input) {
        return registry.update(id, input, Params.actor(sc));
    }

    @POST
    @Path("{id}/certifications")
    public Response certify(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
            CertificationInput input) {
        Certification c = registry.certify(id, input, Params.actor(sc));
        // Certifications are read as part of the talent (GET /talents/{id}).
        URI talent = uri.getBaseUriBuilder().path("talents").path(id).build();
        return Response.created(talent).entity(c).build();
    }
}
