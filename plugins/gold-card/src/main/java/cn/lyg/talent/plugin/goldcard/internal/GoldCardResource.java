package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.PluginResource;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentQuery;
import cn.lyg.talent.api.registry.TalentRegistry;

/**
 * The gold card at the scenic-area gate (Art.4.5), under {@code /api/v1/plugins/gold-card}:
 * <ul>
 * <li>{@code GET cards/{number}}: whether the card may be used today, with the holder's masked
 * name and the last characters of the identity document to compare with the person;</li>
 * <li>{@code POST cards/{number}/visits} {@code {"scenicArea": "huaguoshan"}}: a gate records
 * the free visit of a valid card (201); an unusable card is 409 with the reason;</li>
 * <li>{@code GET cards/{number}/visits}: the visits, for the talent office, the window and the
 * holder;</li>
 * <li>{@code GET checks?by=gate1&number=…&limit=50}: who looked up which number and what they
 * were told, newest first, for the talent office and administrators.</li>
 * </ul>
 * Every look-up of a number is kept ({@link CardCheck}), one naming no card included.
 * A gate checks any card of the city ("all scenic areas"); staff the cards of their
 * jurisdiction; a talent only their own. Anyone else is told there is no such card.
 */
@Component(service = PluginResource.class)
@Path("plugins/gold-card")
@Produces(MediaType.APPLICATION_JSON)
public class GoldCardResource implements PluginResource {
    private static final Pattern AREA = Pattern.compile("[a-z0-9-]{1,40}");

    private final GoldCardRegister register;
    private final TalentRegistry registry;
    private final JurisdictionDirectory jurisdictions;
    private final ServiceCatalog catalog;
    private final InstanceSettings instance;
    private final Clock clock;

    @Activate
    public GoldCardResource(@Reference GoldCardRegister register, @Reference TalentRegistry registry,
            @Reference JurisdictionDirectory jurisdictions, @Reference ServiceCatalog catalog,
            @Reference InstanceSettings instance, @Reference Clock clock) {
        this.register = register;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.catalog = catalog;
        this.instance = instance;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "gold-card";
    }

    /** The body of a visit. */
    public static class VisitInput {
        public String scenicArea;
    }

    @GET
    @Path("cards/{number}")
    public Map<String, Object> check(@Context SecurityContext sc, @PathParam("number") String number) {
        Actor actor = (Actor) sc.getUserPrincipal();
        LookedUp found = lookedUp(actor, number, null);
        return view(found.card(), found.status(), actor.has(Role.GATE) && !actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN));
    }

    /** A card the actor may see and how it stands today. */
    private record LookedUp(GoldCardRegister.Card card, GoldCardRegister.Status status) {
    }

    /**
     * The card a number names for the actor, the look-up kept first with what they are told (a
     * look-up that cannot be kept is not answered); no card for them is "not found" (and kept so).
     */
    private LookedUp lookedUp(Actor actor, String number, String visiting) {
        Optional<GoldCardRegister.Card> card = visible(actor, number);
        GoldCardRegister.Status status = card.map(this::status).orElse(null);
        register.checked(number, actor.account(), clock.instant(), status == null ? CardCheck.NOT_FOUND : status.name(),
                visiting);
        return new LookedUp(card.orElseThrow(GoldCardResource::notFound), status);
    }

    @GET
    @Path("checks")
    public Page<Map<String, Object>> checks(@Context SecurityContext sc, @QueryParam("by") String by,
            @QueryParam("number") String number, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Actor actor = (Actor) sc.getUserPrincipal();
        if (!actor.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_CHECKS", null);
        }
        // A page as the platform's lists answer ({items, total, offset, limit}), so that a long run
        // of look-ups is read to its end.
        Page<CardCheck> page = register.checks(blankToNull(by), blankToNull(number), offset(offset), limit(limit));
        return new Page<>(page.items.stream().map(GoldCardResource::checkView).toList(), page.total, page.offset,
                page.limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** 0 or more, 0 when not given; anything else is refused naming the parameter. */
    static int offset(String given) {
        if (given == null || given.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(given.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Texts.refusal(Refusal.Kind.INVALID, "OFFSET", "offset");
    }

    /** 1 to 200, 50 when not given; anything else is refused naming the parameter. */
    static int limit(String given) {
        if (given == null || given.isBlank()) {
            return 50;
        }
        try {
            int n = Integer.parseInt(given.strip());
            if (n >= 1 && n <= 200) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Texts.refusal(Refusal.Kind.INVALID, "LIMIT", "limit");
    }

    @POST
    @Path("cards/{number}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response visit(@Context SecurityContext sc, @PathParam("number") String number, VisitInput input) {
        Actor actor = (Actor) sc.getUserPrincipal();
        if (!actor.has(Role.GATE)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_VISIT", null);
        }
        String area = scenicArea(input);
        // A visit names a card as a check does, so its answer is kept as a look-up too: trying
        // numbers here would otherwise leave no trace.
        LookedUp found = lookedUp(actor, number, area);
        if (found.status() != GoldCardRegister.Status.VALID) {
            throw GoldCardRegister.notValid(found.card().card().cardNumber, found.status());
        }
        CardVisit v = register.visit(found.card().card().cardNumber, area, actor.account(), clock.instant());
        return Response.status(Response.Status.CREATED).entity(visitView(v)).build();
    }

    @GET
    @Path("cards/{number}/visits")
    public List<Map<String, Object>> visits(@Context SecurityContext sc, @PathParam("number") String number) {
        Actor actor = (Actor) sc.getUserPrincipal();
        if (actor.has(Role.GATE) && !actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN, Role.TALENT)) {
            // A gate checks cards; where a holder went is not its business.
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_VISITS", null);
        }
        GoldCardRegister.Card card = readable(actor, number);
        return register.visits(card.card().cardNumber).stream().map(GoldCardResource::visitView).toList();
    }

    /** The scenic areas are the choices of the scenic-visit form, so the city names them once. */
    static List<Choice> scenicAreas(ServiceCatalog catalog, InstanceSettings instance) {
        return catalog.get(ScenicVisitRule.SERVICE, instance.jurisdiction()).stream()
                .flatMap(e -> e.definition.form.stream()).filter(f -> "scenicArea".equals(f.name))
                .flatMap(f -> f.choices.stream()).toList();
    }

    private String scenicArea(VisitInput input) {
        String area = input == null || input.scenicArea == null ? "" : input.scenicArea.strip().toLowerCase(Locale.ROOT);
        List<Choice> areas = scenicAreas(catalog, instance);
        if (areas.isEmpty()) {
            // Without the scenic-visit service there is no list of scenic areas to hold a visit to.
            throw Texts.refusal(Refusal.Kind.CONFLICT, "SCENIC_AREAS_UNAVAILABLE", null);
        }
        if (!AREA.matcher(area).matches() || areas.stream().noneMatch(c -> c.key.equals(area))) {
            throw Texts.refusal(Refusal.Kind.INVALID, "SCENIC_AREA", "scenicArea",
                    areas.stream().map(c -> c.key + "（" + c.label.zh + "）").collect(Collectors.joining("、")),
                    areas.stream().map(c -> c.key + " (" + c.label.en + ")").collect(Collectors.joining(", ")));
        }
        return area;
    }

    private GoldCardRegister.Status status(GoldCardRegister.Card card) {
        return status(card, registry, clock);
    }

    /** Whether the card may be used today (Art.4.5), the holder's certification included (Art.3). */
    static GoldCardRegister.Status status(GoldCardRegister.Card card, TalentRegistry registry, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(GoldCardRegister.ZONE));
        GoldCardRegister.Status s = card.status(today);
        // Art.3: the card serves high-level talents; a lapsed certification suspends it.
        if (s == GoldCardRegister.Status.VALID && !registry.isHighLevel(card.card().talentId, today)) {
            return GoldCardRegister.Status.HOLDER_NOT_HIGH_LEVEL;
        }
        return s;
    }

    /**
     * The role is checked before the register is asked, so a caller who may not check cards
     * learns nothing about which numbers exist.
     */
    private GoldCardRegister.Card readable(Actor actor, String number) {
        return visible(actor, number).orElseThrow(GoldCardResource::notFound);
    }

    /** The card if the actor may see it; empty alike for no card and a card not theirs to see. */
    private Optional<GoldCardRegister.Card> visible(Actor actor, String number) {
        boolean staff = isStaff(actor);
        if (!staff && !actor.hasAny(Role.GATE, Role.TALENT)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_READ", null);
        }
        return register.find(number).filter(card -> actor.has(Role.GATE)
                || staff && actor.jurisdiction() != null && jurisdictions.covers(actor.jurisdiction(), card.card().jurisdiction)
                || actor.has(Role.TALENT) && ownCard(actor, card));
    }

    /** Who looks up cards for their jurisdiction: the window, the talent office, HRSS, administrators. */
    static boolean isStaff(Actor actor) {
        return actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN) || actor.has(Role.DEPARTMENT) && "HRSS".equals(actor.unit());
    }

    /**
     * The registry's list answers a talent with their own record only; a list is not a full read,
     * so checking one's card writes no audit entry of a full record.
     */
    private boolean ownCard(Actor actor, GoldCardRegister.Card card) {
        return registry.find(new TalentQuery(), actor).items.stream().anyMatch(t -> t.id.equals(card.card().talentId));
    }

    private static Refusal notFound() {
        return Texts.refusal(Refusal.Kind.NOT_FOUND, "GOLD_CARD_NOT_FOUND", null);
    }

    static Map<String, Object> view(GoldCardRegister.Card c, GoldCardRegister.Status status, boolean gateOnly) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cardNumber", c.card().cardNumber);
        m.put("status", status.name());
        Text s = TEXTS.text("status." + status);
        m.put("statusZh", s.zh);
        m.put("statusEn", s.en);
        m.put("holderName", maskedName(c.card().holderName));
        m.put("documentTail", c.card().documentTail);
        m.put("validUntil", c.card().validUntil.toString());
        if (!gateOnly) {
            m.put("jurisdiction", c.card().jurisdiction);
            m.put("ticketNumber", c.card().ticketNumber);
            m.put("issuedAt", c.card().issuedAt.toInstant(ZoneOffset.UTC).toString());
            if (c.revocation() != null) {
                m.put("revokedAt", c.revocation().revokedAt.toInstant(ZoneOffset.UTC).toString());
                m.put("revocationReason", c.revocation().reason);
            }
        }
        return m;
    }

    static Map<String, Object> checkView(CardCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cardNumber", c.shownNumber());
        m.put("checkedBy", c.checkedBy);
        m.put("checkedAt", c.checkedAt.toInstant(ZoneOffset.UTC).toString());
        m.put("outcome", c.outcome);
        // A look-up made to record a free visit, and where; null for a plain look-up.
        m.put("scenicArea", c.scenicArea);
        return m;
    }

    private static Map<String, Object> visitView(CardVisit v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id);
        m.put("cardNumber", v.cardNumber);
        m.put("scenicArea", v.scenicArea);
        m.put("gate", v.gate);
        m.put("visitedAt", v.visitedAt.toInstant(ZoneOffset.UTC).toString());
        return m;
    }

    /** 王*明, 王*: the first and, from three characters on, the last character stay. */
    static String maskedName(String name) {
        int[] cp = name.codePoints().toArray();
        if (cp.length <= 1) {
            return name;
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cp[0]);
        b.append("*".repeat(cp.length <= 2 ? 1 : cp.length - 2));
        if (cp.length > 2) {
            b.appendCodePoint(cp[cp.length - 1]);
        }
        return b.toString();
    }
}
