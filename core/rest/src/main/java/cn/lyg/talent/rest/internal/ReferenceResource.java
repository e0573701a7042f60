package cn.lyg.talent.rest.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.org.UnitInput;

/**
 * Reference data: the instance, jurisdictions and responsible units (Art.5). Reads are public
 * (a talent's phone may look up who is responsible before logging in); edits need a role.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceResource {
    private final UnitDirectory units;
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings settings;
    private final WorkCalendar calendar;
    private final Clock clock;

    public ReferenceResource(UnitDirectory units, JurisdictionDirectory jurisdictions, InstanceSettings settings,
            WorkCalendar calendar, Clock clock) {
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @Path("instance")
    public Map<String, Object> instance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", jurisdictions.instanceJurisdiction());
        m.put("officeOpens", settings.officeOpens().toString());
        m.put("officeCloses", settings.officeCloses().toString());
        m.put("zone", settings.zone().getId());
        // The platform's time, which deadlines are computed from.
        m.put("now", clock.instant().atZone(settings.zone()).toOffsetDateTime().toString());
        return m;
    }

    /**
     * Health for monitoring: WARN while a deadline was computed in a year without an official
     * schedule (design.md section 4), with what to do about it.
     */
    @GET
    @Path("health")
    public Map<String, Object> health() {
        Map<String, Object> m = new LinkedHashMap<>();
        Set<Integer> unscheduled = new TreeSet<>(calendar.unscheduledYearsAsked());
        m.put("status", unscheduled.isEmpty() ? "UP" : "WARN");
        m.put("scheduledYears", new TreeSet<>(calendar.scheduledYears()));
        m.put("unscheduledYearsAsked", unscheduled);
        if (!unscheduled.isEmpty()) {
            String years = unscheduled.toString();
            m.put("messageZh", Problems.text(Locale.CHINESE, "health.UNSCHEDULED_YEARS", years));
            m.put("messageEn", Problems.text(Locale.ROOT, "health.UNSCHEDULED_YEARS", years));
        }
        return m;
    }

    /**
     * The Chinese and English names of the codes the API answers with (a ticket's state, a step's
     * status, a rating level...), for a client that shows them to a talent or clerk.
     */
    @GET
    @Path("names")
    public SortedMap<String, SortedMap<String, Text>> names() {
        return Names.all();
    }

    @GET
    @Path("jurisdictions")
    public List<Jurisdiction> jurisdictions() {
        return jurisdictions.list();
    }

    @GET
    @Path("jurisdictions/{code}")
    public Map<String, Object> jurisdiction(@PathParam("code") String code) {
        Jurisdiction j = jurisdictions.get(code).orElseThrow(() -> Problems.notFound("JURISDICTION_NOT_FOUND"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", j);
        m.put("children", jurisdictions.children(code));
        return m;
    }

    @GET
    @Path("units")
    public List<Unit> units() {
        return units.list();
    }

    @GET
    @Path("units/{code}")
    public Unit unit(@PathParam("code") String code) {
        return units.get(code).orElseThrow(() -> Problems.notFound("UNIT_NOT_FOUND"));
    }

    @PUT
    @Path("units/{code}")
    public Response saveUnit(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("code") String code,
            UnitInput input) {
        if (input.code != null && !input.code.equals(code)) {
            throw new WebApplicationException(Problems.response(400, "PATH_BODY_MISMATCH",
                    List.of(Problems.field("code", "PATH_BODY_MISMATCH"))));
        }
        input.code = code;
        // PUT creates or replaces: a new unit is 201 Created, an edited one 200.
        boolean exists = units.get(code).isPresent();
        Unit saved = units.save(input, Params.actor(sc));
        return exists ? Response.ok(saved).build() : Response.created(uri.getAbsolutePath()).entity(saved).build();
    }
}
