package cn.lyg.talent.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.CatalogEntry;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.GuideRevision;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/**
 * The service catalog and guides (Art.4, Art.6). Public: what is offered and how to apply is
 * information a talent reads before logging in. The list and definitions are also offered in the
 * shape of Open311 GeoReport v2 ({@code /open311/services.json}) so that existing 12345-style
 * clients can read them.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {
    private static final String JURISDICTION = "jurisdiction";
    private static final String OPEN311_JURISDICTION = "jurisdiction_id";
    private final ServiceCatalog catalog;
    private final JurisdictionDirectory jurisdictions;

    public CatalogResource(ServiceCatalog catalog, JurisdictionDirectory jurisdictions) {
        this.catalog = catalog;
        this.jurisdictions = jurisdictions;
    }

    @GET
    @Path("services")
    public List<CatalogEntry> list(@QueryParam("jurisdiction") String jurisdiction) {
        return catalog.list(jurisdiction(jurisdiction));
    }

    @GET
    @Path("services/{code}")
    public CatalogEntry service(@PathParam("code") String code, @QueryParam("jurisdiction") String jurisdiction) {
        return entry(code, JURISDICTION, jurisdiction);
    }

    /** The guide now in force, or an earlier revision, as an HTML page. */
    @GET
    @Path("services/{code}/guide")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String guide(@PathParam("code") String code, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("revision") String revision) {
        Params p = new Params();
        int rev = p.integer("revision", revision, 0);
        String j = jurisdiction(jurisdiction);
        p.done();
        if (rev < 0) {
            throw Params.invalid("revision");
        }
        return catalog.guide(code, j, rev).orElseThrow(() -> Problems.notFound("GUIDE_NOT_FOUND")).html;
    }

    @GET
    @Path("services/{code}/guide/revisions")
    public List<GuideRevision> revisions(@PathParam("code") String code, @QueryParam("jurisdiction") String jurisdiction) {
        String j = jurisdiction(jurisdiction);
        List<GuideRevision> list = catalog.guideRevisions(code, j);
        if (list.isEmpty()) {
            throw Problems.notFound("GUIDE_NOT_FOUND");
        }
        return list;
    }

    /** Descriptors and offerings that could not be used: for the operator and the talent office. */
    @GET
    @Path("catalog/problems")
    public List<DescriptorProblem> problems(@Context SecurityContext sc) {
        Actor actor = Params.actor(sc);
        if (!actor.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            throw new WebApplicationException(Problems.response(403, "CATALOG_PROBLEMS_FORBIDDEN", List.of()));
        }
        return catalog.problems();
    }

    // ---- Open311 GeoReport v2 ----

    @GET
    @Path("open311/services.json")
    public List<Map<String, Object>> open311List(@QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("locale") String locale) {
        boolean zh = zh(locale);
        List<Map<String, Object>> out = new ArrayList<>();
        for (CatalogEntry e : catalog.list(jurisdiction(OPEN311_JURISDICTION, jurisdiction))) {
            ServiceDefinition d = e.definition;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", d.code);
            m.put("service_name", text(d.name, zh));
            m.put("description", text(d.description, zh));
            m.put("metadata", !d.form.isEmpty());
            // Each request is handled by people within deadlines, not answered at once.
            m.put("type", "batch");
            m.put("keywords", d.article == null ? "" : d.article);
            m.put("group", d.units.isEmpty() ? "" : d.units.get(0));
            out.add(m);
        }
        return out;
    }

    @GET
    @Path("open311/services/{code}.json")
    public Map<String, Object> open311Definition(@PathParam("code") String code,
            @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("locale") String locale) {
        boolean zh = zh(locale);
        ServiceDefinition d = entry(code, OPEN311_JURISDICTION, jurisdiction).definition;
        List<Map<String, Object>> attributes = new ArrayList<>();
        int order = 1;
        for (FormField f : d.form) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("variable", true);
            a.put("code", f.name);
            a.put("datatype", switch (f.type) {
                case NUMBER -> "number";
                case DATE -> "datetime";
                case CHOICE, YES_NO -> "singlevaluelist";
                case MULTI_CHOICE -> "multivaluelist";
                default -> "string";
            });
            a.put("required", f.required);
            a.put("datatype_description", f.hint == null ? "" : text(f.hint, zh));
            a.put("order", order++);
            a.put("description", text(f.label, zh));
            List<Map<String, String>> values = new ArrayList<>();
            if (f.type == FieldType.YES_NO) {
                values.add(Map.of("key", "true", "name", zh ? "是" : "Yes"));
                values.add(Map.of("key", "false", "name", zh ? "否" : "No"));
            }
            for (Choice c : f.choices) {
                values.add(Map.of("key", c.key, "name", text(c.label, zh)));
            }
            if (!values.isEmpty()) {
                a.put("values", values);
            }
            attributes.add(a);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", d.code);
        m.put("attributes", attributes);
        return m;
    }

    private CatalogEntry entry(String code, String parameter, String jurisdiction) {
        return catalog.get(code, jurisdiction(parameter, jurisdiction)).orElseThrow(() -> Problems.notFound("SERVICE_NOT_FOUND"));
    }

    /** The jurisdiction asked for, checked, or null for the instance's own. */
    private String jurisdiction(String code) {
        return jurisdiction(JURISDICTION, code);
    }

    /** A jurisdiction code the directory knows, or none; an unknown one is named as such, not as a format error. */
    private String jurisdiction(String parameter, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (jurisdictions.get(code.strip()).isEmpty()) {
            throw Params.invalid(List.of(Problems.field(parameter, "JURISDICTION_UNKNOWN", code.strip())));
        }
        return code.strip();
    }

    private static boolean zh(String locale) {
        return locale == null || !locale.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static String text(Text t, boolean zh) {
        return t == null ? "" : zh ? t.zh : t.en;
    }
}
