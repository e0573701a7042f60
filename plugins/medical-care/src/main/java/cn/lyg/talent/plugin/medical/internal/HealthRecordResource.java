package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.PluginResource;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentRegistry;

/**
 * The personal health record (Art.4.4) over the platform's API:
 * {@code GET /api/v1/plugins/medical/records/{talentId}}. Open to the talent, the talent's
 * liaison officer and health staff (department of unit HEALTH) only; every read is written down
 * before the record is answered. Anyone else learns nothing, not even whether a record exists.
 * Health staff note the results of an examination held after its request was completed.
 */
@Component(service = PluginResource.class)
@Path("plugins/medical")
@Produces(MediaType.APPLICATION_JSON)
public class HealthRecordResource implements PluginResource {
    /** The length of the record's results column. */
    static final int MAX_RESULTS = 4000;

    private final MedicalRecords records;
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings instance;
    private final Clock clock;
    private final BiPredicate<Actor, String> ownRecord;

    @Activate
    public HealthRecordResource(@Reference MedicalRecords records, @Reference JurisdictionDirectory jurisdictions,
            @Reference InstanceSettings instance, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference TalentRegistry registry) {
        this(records, jurisdictions, instance, clock, (actor, talentId) -> ownRecord(registry, actor, talentId));
    }

    /** {@code ownRecord}: whether the actor is the talent, as the registry binds logins now. */
    HealthRecordResource(MedicalRecords records, JurisdictionDirectory jurisdictions, InstanceSettings instance, Clock clock,
            BiPredicate<Actor, String> ownRecord) {
        this.records = records;
        this.jurisdictions = jurisdictions;
        this.instance = instance;
        this.clock = clock;
        this.ownRecord = ownRecord;
    }

    /**
     * Whether the talent reading is the record's, by the registry's binding of logins now: a login
     * the window has bound to another person no longer reads the first one's record, and a login
     * bound after the results were noted reads them.
     */
    private static boolean ownRecord(TalentRegistry registry, Actor actor, String talentId) {
        try {
            return registry.get(talentId, actor) != null;
        } catch (Refusal r) {
            return false;
        }
    }

    @Override
    public String name() {
        return "medical";
    }

    @GET
    @Path("records/{talentId}")
    public Map<String, Object> record(@Context SecurityContext sc, @PathParam("talentId") String talentId) {
        Actor actor = (Actor) sc.getUserPrincipal();
        String as = readerRole(actor, talentId);
        List<HealthRecordEntry> entries = records.read(talentId, actor.account(), as);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("talentId", talentId);
        m.put("readAs", as);
        // Staff logins are internal: the talent reads the hospital, not who typed the results in.
        boolean staff = !"TALENT".equals(as);
        m.put("entries", entries.stream().map(e -> entry(e, staff)).toList());
        return m;
    }

    private static Map<String, Object> entry(HealthRecordEntry e, boolean staff) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("examDate", e.examDate.toString());
        x.put("hospital", e.hospital);
        x.put("results", e.results);
        x.put("recordedBy", staff ? e.recordedBy : null);
        return x;
    }

    /**
     * Art.4.4: the results of an examination whose request was completed before it took place,
     * noted by health staff of the talent's jurisdiction once it has:
     * {@code POST /api/v1/plugins/medical/exams/{ticketId}/results {"results":"…"}}. Anyone else is
     * told that health staff record results (403), and health staff of another jurisdiction that
     * there is no such examination.
     */
    @POST
    @Path("exams/{ticketId}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response results(@Context SecurityContext sc, @PathParam("ticketId") String ticketId, ResultsInput input) {
        return Response.status(Response.Status.CREATED).entity(noteResults(sc, ticketId, input)).build();
    }

    /** The body of {@link #results}: a typed body, so that a field it does not have is refused (UNKNOWN_FIELD). */
    public static class ResultsInput {
        public String results;

        public ResultsInput() {
        }

        ResultsInput(String results) {
            this.results = results;
        }
    }

    Map<String, Object> noteResults(SecurityContext sc, String ticketId, ResultsInput input) {
        Actor actor = (Actor) sc.getUserPrincipal();
        if (!healthStaff(actor)) {
            // Said before the examination is looked up: it tells nothing of whether there is one.
            Text why = TEXTS.text("failure.HEALTH_STAFF_ONLY");
            throw new Refusal(Refusal.Kind.FORBIDDEN, "HEALTH_STAFF_ONLY", why.zh, why.en, List.of());
        }
        String jurisdiction = records.exam(ticketId).map(b -> b.resultsForJurisdiction).orElse(null);
        if (jurisdiction == null || !jurisdictions.covers(actor.jurisdiction(), jurisdiction)) {
            throw MedicalRecords.notAwaitingResults();
        }
        String results = input == null ? null : input.results;
        if (results == null || results.isBlank()) {
            throw MedicalCare.invalid("VALUE_REQUIRED", MedicalCare.RESULTS, TEXTS.text("value.results"));
        }
        if (results.strip().length() > MAX_RESULTS) {
            throw MedicalCare.invalid("RESULTS_TOO_LONG", MedicalCare.RESULTS, MAX_RESULTS);
        }
        return entry(records.noteResults(ticketId, results.strip(), actor.account(),
                LocalDate.ofInstant(clock.instant(), instance.zone())), true);
    }

    /** Who read the record: for the talent, health staff and the talent office. */
    @GET
    @Path("records/{talentId}/reads")
    public List<Map<String, Object>> reads(@Context SecurityContext sc, @PathParam("talentId") String talentId) {
        Actor actor = (Actor) sc.getUserPrincipal();
        if (!actor.has(Role.SUPERVISOR) || !inScope(actor, talentId)) {
            readerRole(actor, talentId);
        }
        return records.reads(talentId).stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("reader", r.reader);
            x.put("as", r.readerRole);
            // Kept in UTC, answered as an instant like every time of the API.
            x.put("at", r.readAt.toInstant(ZoneOffset.UTC).toString());
            return x;
        }).toList();
    }

    /** Health staff: a department handler of unit HEALTH, bound to a jurisdiction. */
    private static boolean healthStaff(Actor actor) {
        return actor.has(Role.DEPARTMENT) && "HEALTH".equals(actor.unit()) && actor.jurisdiction() != null;
    }

    /** Whether the talent (as the record knows them) is in the actor's jurisdiction. */
    private boolean inScope(Actor actor, String talentId) {
        return records.talentJurisdiction(talentId).map(j -> actor.jurisdiction() != null
                && jurisdictions.covers(actor.jurisdiction(), j)).orElse(false);
    }

    /**
     * Art.4.4: the talent, the liaison officer, health staff of the talent's jurisdiction; anyone
     * else is told there is no such record.
     */
    private String readerRole(Actor actor, String talentId) {
        if (healthStaff(actor) && inScope(actor, talentId)) {
            return "HEALTH_STAFF";
        }
        if (records.assignment(talentId).map(a -> a.officer.equals(actor.account())).orElse(false)) {
            return "LIAISON_OFFICER";
        }
        if (actor.has(Role.TALENT) && ownRecord.test(actor, talentId)) {
            return "TALENT";
        }
        Text why = TEXTS.text("failure.HEALTH_RECORD_NOT_FOUND");
        throw new Refusal(Refusal.Kind.NOT_FOUND, "HEALTH_RECORD_NOT_FOUND", why.zh, why.en, List.of());
    }
}
