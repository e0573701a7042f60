package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.PluginResource;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/**
 * The personal health record (Art.4.4) over the platform's API:
 * {@code GET /api/v1/plugins/medical/records/{talentId}}. Open to the talent, the talent's
 * liaison officer and health staff (department of unit HEALTH) only; every read is written down
 * before the record is answered. Anyone else learns nothing, not even whether a record exists.
 */
@Component(service = PluginResource.class)
@Path("plugins/medical")
@Produces(MediaType.APPLICATION_JSON)
public class HealthRecordResource implements PluginResource {
    private final MedicalRecords records;
    private final JurisdictionDirectory jurisdictions;

    @Activate
    public HealthRecordResource(@Reference MedicalRecords records, @Reference JurisdictionDirectory jurisdictions) {
        this.records = records;
        this.jurisdictions = jurisdictions;
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
        m.put("entries", entries.stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("examDate", e.examDate.toString());
            x.put("hospital", e.hospital);
            x.put("results", e.results);
            x.put("recordedBy", e.recordedBy);
            return x;
        }).toList());
        return m;
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
        if (actor.has(Role.DEPARTMENT) && "HEALTH".equals(actor.unit()) && inScope(actor, talentId)) {
            return "HEALTH_STAFF";
        }
        if (records.assignment(talentId).map(a -> a.officer.equals(actor.account())).orElse(false)) {
            return "LIAISON_OFFICER";
        }
        if (actor.has(Role.TALENT) && records.talentAccount(talentId).map(actor.account()::equals).orElse(false)) {
            return "TALENT";
        }
        Text why = TEXTS.text("failure.HEALTH_RECORD_NOT_FOUND");
        throw new Refusal(Refusal.Kind.NOT_FOUND, "HEALTH_RECORD_NOT_FOUND", why.zh, why.en, List.of());
    }
}
