package cn.lyg.talent.engine.internal.window;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationKind;
import cn.lyg.talent.api.notify.Recipient;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.window.Channel;
import cn.lyg.talent.api.window.FormEntry;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.StepStatus;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketEvent;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TicketOutcome;
import cn.lyg.talent.api.window.TicketQuery;
import cn.lyg.talent.api.window.TicketSort;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.api.window.TicketStep;
import cn.lyg.talent.api.window.TicketSummary;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.RecordIds;
import cn.lyg.talent.engine.internal.Scope;
import cn.lyg.talent.engine.internal.Times;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.attachment.AttachmentsImpl;
import cn.lyg.talent.engine.internal.catalog.FormValidator;
import cn.lyg.talent.engine.internal.catalog.ServiceCatalogImpl;
import cn.lyg.talent.engine.internal.config.CoreSetting;
import cn.lyg.talent.engine.internal.notify.InboxImpl;
import cn.lyg.talent.engine.internal.org.UnitDirectoryImpl;
import cn.lyg.talent.engine.internal.registry.HighLevelRule;
import cn.lyg.talent.engine.internal.registry.Talents;
import cn.lyg.talent.engine.internal.store.CertificationEntity;
import cn.lyg.talent.engine.internal.store.Conflicts;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.RowLocks;
import cn.lyg.talent.engine.internal.store.TalentEntity;
import cn.lyg.talent.engine.internal.store.TicketEntity;
import cn.lyg.talent.engine.internal.store.TicketEventEntity;
import cn.lyg.talent.engine.internal.store.TicketFormValueEntity;
import cn.lyg.talent.engine.internal.store.TicketStepEntity;
import cn.lyg.talent.engine.internal.window.TicketRules.Party;
import cn.lyg.talent.engine.internal.window.TicketRules.Rule;

/**
 * The one-stop window (Art.6, Art.7). Every transition runs in one transaction that checks the
 * ticket's version: of two conflicting transitions one commits, the other rolls back whole and
 * is refused as a conflict.
 */
@Component(service = OneStopWindow.class, configurationPid = WindowConfiguration.PID)
@Designate(ocd = WindowConfiguration.class)
public class OneStopWindowImpl implements OneStopWindow {
    /** How long an identical submission counts as a repetition of the first (see refuseRepeated). */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(30);

    private static final Messages M = Messages.ENGINE;
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** A ticket number, {@code <jurisdiction>-<yyyyMMdd>-<sequence>}; an id (a UUID) never has this shape. */
    private static final Pattern NUMBER = Pattern.compile("\\d{6}-\\d{8}-\\d{4,}");
    private static final int MAX_TEXT = 4000;
    static final int MAX_PAGE = 200;

    private final Database database;
    private final UnitDirectory units;
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings settings;
    private final WorkCalendar calendar;
    private final Clock clock;
    private final InboxImpl inbox;
    private final ServiceCatalogImpl catalog;
    private final ServiceCalls services;
    private final Scope scope;
    private final int followUpWorkingDays;
    /** Working days a filed delay may promise beyond the step's due time, per step (Art.7). */
    private final Map<Step, Integer> longestDelay;

    @Activate
    public OneStopWindowImpl(WindowConfiguration config, @Reference Database database,
            @Reference UnitDirectory units,
            @Reference JurisdictionDirectory jurisdictions, @Reference InstanceSettings settings,
            @Reference WorkCalendar calendar, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock, @Reference InboxImpl inbox,
            @Reference ServiceCatalogImpl catalog) {
        this.database = database;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
        this.inbox = inbox;
        this.catalog = catalog;
        this.services = new ServiceCalls(catalog, M, settings.zone());
        this.scope = new Scope(jurisdictions, settings);
        // A bad value does not stop the window (and the whole API with it): the policy's default
        // applies and catalog:problems names the setting (CoreSetting).
        this.followUpWorkingDays = CoreSetting.whole(WindowConfiguration.class, WindowConfiguration.PID,
                "followUpWorkingDays", config::followUpWorkingDays, 1, 60);
        this.longestDelay = Map.of(
                Step.FIRST_CONTACT, CoreSetting.whole(WindowConfiguration.class, WindowConfiguration.PID,
                        "delayFirstContactWorkingDays", config::delayFirstContactWorkingDays, 1, 20),
                Step.COMPLETION, CoreSetting.whole(WindowConfiguration.class, WindowConfiguration.PID,
                        "delayCompletionWorkingDays", config::delayCompletionWorkingDays, 1, 60));
    }

    // ---- submit ----

    @Override
    public Ticket submit(TicketInput input, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW);
        Violations v = new Violations(M);
        if (input == null) {
            v.add("", "REQUIRED");
            v.throwIfAny("TICKET_INVALID");
        }
        // Service codes are lower case (tax, gold-card); one typed in another case is the same code.
        String service = input.serviceCode == null ? null : input.serviceCode.strip().toLowerCase(Locale.ROOT);
        if (service == null || service.isEmpty()) {
            v.add("serviceCode", "REQUIRED");
        } else if (!catalog.isOfferedAnywhere(service)) {
            v.add("serviceCode", "SERVICE_UNKNOWN", service);
        }
        String description = v.text("description", input.description, MAX_TEXT, true);
        boolean window = actor.has(Role.WINDOW);
        if (window && (input.talentId == null || input.talentId.isBlank())) {
            v.add("talentId", "REQUIRED");
        }
        v.throwIfAny("TICKET_INVALID");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Map<String, Map<String, List<String>>> openRequests = new LinkedHashMap<>();
        Talent talent = database.jpa().txExpr(TransactionType.Required, em -> {
            TalentEntity found = window ? em.find(TalentEntity.class, input.talentId.strip()) : Talents.ownedBy(em, actor);
            if (found == null || window && !inScope(actor, found.jurisdiction)) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "TALENT_NOT_FOUND");
            }
            if (!window && input.talentId != null && !input.talentId.isBlank() && !input.talentId.strip().equals(found.id)) {
                // Online, a talent submits for themselves (Art.6); another id is refused, not replaced.
                throw M.refusal(Refusal.Kind.INVALID, "TICKET_INVALID", List.of(M.field("talentId", "NOT_OWN_TALENT")), 1);
            }
            List<CertificationEntity> certs = certifications(em, found.id);
            // Art.3: only a talent who is high-level on the day of submission is served.
            if (!HighLevelRule.isHighLevel(certs, today)) {
                throw M.refusal(Refusal.Kind.INVALID, "TALENT_NOT_HIGH_LEVEL",
                        List.of(M.field("talentId", "NOT_HIGH_LEVEL", today.toString())));
            }
            if (service != null) {
                // For the service's rules: one given once at a time refuses a second request (Art.4.5).
                openRequests.putAll(openRequests(em, found.id, service));
            }
            return Talents.toTalent(found, certs, today);
        });
        // Art.9: the service in force where the talent belongs; the form is checked in core,
        // then the service's own rules, then its handler, all before anything is written.
        ServiceCatalogImpl.Resolved resolved = catalog.resolve(service, talent.jurisdiction).orElse(null);
        if (resolved == null) {
            v.add("serviceCode", "SERVICE_UNKNOWN", service).throwIfAny("TICKET_INVALID");
        }
        FormValidator.Values form = FormValidator.validate(resolved.entry().definition.form, input.form, today, v);
        Map<String, List<String>> documents = documents(resolved.entry().definition.form, form.stored());
        if (v.isEmpty() && !documents.isEmpty()) {
            database.jpa().tx(TransactionType.Required, em -> checkDocuments(em, documents, talent.id, v));
        }
        v.throwIfAny("TICKET_INVALID");
        ServiceCalls.Submission checked = services.submission(resolved, talent, form.typed(),
                typed(openRequests, resolved.entry().definition.form), today,
                actor, now, description);
        // A repetition is refused before a number is taken (a double tap leaves no gap); the check
        // is made again under the talent's lock below, for two taps at the same instant.
        database.jpa().tx(TransactionType.Required,
                em -> refuseRepeatedAsRead(em, talent.id, service, description, form.stored(), now));
        String number = allocateNumber(talent.jurisdiction, today);
        List<Notification> outbox = new ArrayList<>();
        Ticket created = Conflicts.translated(Map.of(), "TICKET_CONFLICT",
                () -> database.jpa().txExpr(TransactionType.Required, em -> {
                    refuseRepeated(em, talent.id, service, description, form.stored(), now);
                    TalentEntity owner = em.find(TalentEntity.class, talent.id);
                    TicketEntity t = new TicketEntity();
                    t.id = RecordIds.next();
                    t.number = number;
                    t.talentId = talent.id;
                    t.serviceCode = service;
                    t.providerBundle = resolved.provider().bundle;
                    t.providerVersion = resolved.provider().version;
                    t.serviceOrigin = resolved.entry().origin.name();
                    t.serviceNameZh = ServiceCalls.cut(resolved.entry().definition.name.zh, 200);
                    t.serviceNameEn = ServiceCalls.cut(resolved.entry().definition.name.en, 200);
                    t.jurisdiction = talent.jurisdiction;
                    t.channel = window ? Channel.OFFLINE : Channel.ONLINE;
                    t.description = description;
                    t.state = TicketState.SUBMITTED;
                    t.submittedAt = Times.utc(now);
                    t.submittedBy = actor.account();
                    t.updatedAt = t.submittedAt;
                    // Art.7: dispatch within 1 working day of submission.
                    TicketStepEntity dispatch = openStep(t, Step.DISPATCH, null, now, 1);
                    em.persist(t);
                    List<TicketFormValueEntity> formRows = ServiceCalls.storeForm(em, t.id, form.stored(),
                            resolved.entry().definition.form, M);
                    services.record(em, t.id, TicketAction.SUBMIT, checked.records(), now);
                    TicketEventEntity submitted = appendEvent(em, t, 1, actor, TicketAction.SUBMIT, null,
                            TicketState.SUBMITTED, null, description, null, dispatch.step, dispatch.dueAt, false, now);
                    outbox.addAll(notify(em, TicketAction.SUBMIT, t, owner, null, null, null));
                    em.flush();
                    // The answer is what was just written; only plugin records are read back, in
                    // the order every later read shows them.
                    return toTicket(t, owner, now, resolved, List.of(submitted), ServiceCalls.shown(resolved, form.stored()),
                            ServiceCalls.entries(formRows, resolved, M),
                            checked.records().isEmpty() ? new ArrayList<>() : ServiceCalls.outcomes(em, t.id));
                }));
        inbox.deliver(outbox);
        forActor(created, actor);
        checked.transition().ticketId = created.id;
        checked.transition().number = created.number;
        catalog.announce(checked.transition());
        return created;
    }

    /**
     * A repeated submission (a double tap on a phone, a retry after a timeout, the window and the
     * talent both entering it) is refused with the number of the request already made, instead
     * of opening a second ticket for the same matter: same talent, service, description and form,
     * still waiting for acceptance, within {@link #REPEAT_WINDOW}. The talent's row is locked first,
     * so two identical submissions at the same instant are decided one after the other.
     */
    private void refuseRepeated(EntityManager em, String talentId, String service, String description,
            Map<String, List<String>> form, Instant now) {
        RowLocks.talent(em, talentId);
        refuseRepeatedAsRead(em, talentId, service, description, form, now);
    }

    /** The check itself, without the lock: run first, before a number is taken, so a double tap uses none. */
    private void refuseRepeatedAsRead(EntityManager em, String talentId, String service, String description,
            Map<String, List<String>> form, Instant now) {
        for (TicketEntity earlier : em.createNamedQuery(TicketEntity.WAITING_OF_TALENT, TicketEntity.class)
                .setParameter("talent", talentId).setParameter("service", service)
                .setParameter("since", Times.utc(now.minus(REPEAT_WINDOW))).getResultList()) {
            if (earlier.description.equals(description) && ServiceCalls.stored(em, earlier.id).equals(form)) {
                throw M.refusal(Refusal.Kind.CONFLICT, "TICKET_REPEATED", earlier.number);
            }
        }
    }

    /**
     * The next number of the day, in a transaction of its own so that the counter row is locked
     * for a moment only, not for a whole submission. A submission failing after this leaves a gap
     * in the day's numbers, never a duplicate. Concurrent first tickets of a day race to insert
     * the counter row: the loser tries again.
     */
    private String allocateNumber(String jurisdiction, LocalDate day) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Conflicts.translated(Map.of("TICKET_NUMBER", "TICKET_NUMBER_BUSY"), "TICKET_NUMBER_BUSY",
                        () -> database.jpa().txExpr(TransactionType.Required, em -> nextNumber(em, jurisdiction, day)));
            } catch (Refusal r) {
                if (!"TICKET_NUMBER_BUSY".equals(r.code()) || attempt >= 5) {
                    throw r;
                }
            }
        }
    }

    // ---- transitions ----

    @Override
    public Ticket transition(String ticketId, TicketAction action, TransitionInput input, Actor actor) {
        // A role with no part in tickets (a scenic-area gate) is told so, as when it reads one.
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        if (action == null || action == TicketAction.SUBMIT) {
            throw M.refusal(Refusal.Kind.INVALID, "TRANSITION_INVALID",
                    List.of(M.field("action", "ACTION_UNKNOWN")), 1);
        }
        TransitionInput in = input == null ? new TransitionInput() : input;
        Rule rule = TicketRules.of(action);
        // A number never changes: it is looked up once, outside the transition's transaction.
        String id = isNumber(ticketId) ? database.jpa().txExpr(TransactionType.Required, em -> idOf(em, ticketId))
                : ticketId;
        Instant now = clock.instant();
        List<Notification> outbox = new ArrayList<>();
        List<TicketTransition> announced = new ArrayList<>();
        Ticket changed;
        try {
            changed = transitionOnce(id, action, in, actor, rule, now, outbox, announced);
        } catch (ServiceCalls.PluginFailed failed) {
            // The refused transaction is gone; the failure goes on the ticket for the clerk.
            database.jpa().tx(TransactionType.Required, em -> services.record(em, id, action,
                    List.of(failed.record), now));
            throw failed;
        }
        inbox.deliver(outbox);
        announced.forEach(catalog::announce);
        return forActor(changed, actor);
    }

    /**
     * A plugin's failure is for the clerk to act on, worded for staff and possibly quoting the
     * plugin's own error: the talent's view of the ticket leaves it out, and staff accounts.
     */
    private static Ticket forActor(Ticket t, Actor actor) {
        if (!Access.isStaff(actor)) {
            t.outcomes.removeIf(o -> o.failure);
            // Which bundle and version served the request is for the operator (Art.9); the talent
            // reads the service by its name, and the county's or the city's by serviceOrigin.
            t.serviceProvider = null;
            // Staff logins are internal: the talent reads who acted as a party (the window, a unit).
            t.history.stream().filter(h -> !actor.account().equals(h.actor)).forEach(h -> h.actor = null);
            if (!actor.account().equals(t.submittedBy)) {
                // Submitted at the window for them: the channel (OFFLINE) says so, not the clerk's login.
                t.submittedBy = null;
            }
        }
        return t;
    }

    private Ticket transitionOnce(String ticketId, TicketAction action, TransitionInput in, Actor actor, Rule rule,
            Instant now, List<Notification> outbox, List<TicketTransition> announced) {
        return Conflicts.translated(Map.of(), "TICKET_CHANGED", () -> database.jpa().txExpr(TransactionType.Required, em -> {
            // The ticket row is locked for the transition: a concurrent transition waits, then
            // sees the committed state (and its steps) and is refused, instead of acting on a
            // mix of the ticket before and the steps after the other's commit.
            boolean exists = RowLocks.ticket(em, ticketId);
            TicketEntity t = exists ? em.find(TicketEntity.class, ticketId) : null;
            TalentEntity talent = t == null ? null : em.find(TalentEntity.class, t.talentId);
            if (t == null || !canSee(em, t, talent, actor)) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
            }
            if (!isParty(t, talent, actor, rule.parties())) {
                if (rule.parties().contains(Party.ASSIGNED_UNIT) && actor.has(Role.DEPARTMENT) && t.unit != null) {
                    // A unit the ticket was redirected away from still sees it (the miss stays on record):
                    // it is told where the ticket went, not that a responsible unit should act.
                    throw M.refusal(Refusal.Kind.FORBIDDEN, "TICKET_REDIRECTED_AWAY", unitName(t.unit));
                }
                throw M.refusal(Refusal.Kind.FORBIDDEN, "TRANSITION_FORBIDDEN", action, rule.parties());
            }
            if (in.version != null && in.version != t.version) {
                throw Conflicts.stale(in.version, t.version);
            }
            if (!rule.from().contains(t.state)) {
                throw M.refusal(Refusal.Kind.CONFLICT, "TRANSITION_NOT_ALLOWED", action, t.state);
            }
            ServiceCatalogImpl.Resolved resolved = catalog.resolve(t.serviceCode, t.jurisdiction, t.providerBundle)
                    .orElse(null);
            if (resolved == null && ServiceCalls.NEEDS_SERVICE.contains(action)) {
                // Uninstalled (Art.9): the ticket waits, readable, until the service is offered again.
                throw M.refusal(Refusal.Kind.CONFLICT, "SERVICE_NOT_OFFERED", InboxImpl.ServiceName.kept(t));
            }
            // What the answer shows besides this transition, read before anything changes so that
            // no query has to write pending changes first.
            List<TicketEventEntity> history = new ArrayList<>(events(em, t.id));
            List<TicketFormValueEntity> formRows = ServiceCalls.rows(em, t.id);
            Map<String, List<String>> form = ServiceCalls.stored(formRows);
            List<TicketOutcome> outcomes = ServiceCalls.outcomes(em, t.id);
            TicketState from = t.state;
            String previousUnit = t.unit;
            // The corrected form goes first: its rows are replaced (and flushed) before the ticket
            // changes, so the ticket's row is written once, with one new version.
            List<TicketFormValueEntity> correctedRows = action == TicketAction.RESUBMIT && in.form != null
                    ? correctForm(em, t, talent, resolved, in.form, now) : null;
            Map<String, List<String>> corrected = correctedRows == null ? null : ServiceCalls.stored(correctedRows);
            Applied applied = apply(em, t, action, in, now, resolved);
            if (corrected != null) {
                Map<String, Text> shownAs = new HashMap<>(shown(formRows));
                shownAs.putAll(shown(correctedRows));
                Text account = changes(applied.comment(), resolved.entry().definition.form, form, corrected, shownAs);
                applied = new Applied(applied.unit(), account.zh, applied.step(), applied.dueAt(), applied.late(), account.en);
                form = corrected;
                formRows = correctedRows;
            }
            if (rule.to() != null) {
                t.state = rule.to();
            }
            ServiceCalls.Transitioned told = services.transition(em, t, form, resolved, action, from, actor, now,
                    applied.comment(), in.values);
            t.updatedAt = Times.utc(now);
            // The history's length gives the next sequence number; the answer shows it with the new entry.
            history.add(appendEvent(em, t, history.size() + 1, actor, action, from, t.state, applied.unit,
                    applied.comment, applied.commentEn, applied.step, applied.dueAt, applied.late, now));
            outbox.addAll(notify(em, action, t, talent, previousUnit, in.promisedDate, applied.step()));
            em.flush();
            announced.add(told.transition());
            return toTicket(t, talent, now, resolved, history, ServiceCalls.shown(resolved, form),
                    ServiceCalls.entries(formRows, resolved, M), told.recorded() ? ServiceCalls.outcomes(em, t.id) : outcomes);
        }));
    }

    /** The transitions whose notice speaks of the talent to staff, and so has a text of its own for the talent. */
    private static final Set<TicketAction> TO_THE_TALENT = EnumSet.of(TicketAction.DISPATCH, TicketAction.REDIRECT);

    /**
     * Each transition notifies the people it concerns (Art.6 "results are fed back centrally");
     * {@code promised}: the date a delay promises, which its notice names.
     */
    private List<Notification> notify(EntityManager em, TicketAction action, TicketEntity t, TalentEntity talent,
            String previousUnit, LocalDate promised, Step step) {
        List<Recipient> to = new ArrayList<>();
        Recipient owner = talent.account == null ? null : Recipient.account(talent.account);
        Recipient windowRole = Recipient.role(Role.WINDOW.principalName(), t.jurisdiction);
        List<Notification> made = new ArrayList<>();
        switch (action) {
            case SUBMIT -> {
                to.add(windowRole);
                if (owner != null) {
                    // Submitted at the window for the talent: they are told so, not asked to accept it.
                    // Submitted online: a receipt with the number and the time by which the window
                    // passes it on (Art.7), as a counter hands one over.
                    made.addAll(inbox.record(em, List.of(owner), NotificationKind.TRANSITION, t.id, t.number,
                            t.channel == Channel.OFFLINE ? "SUBMIT_FOR_TALENT" : "SUBMIT_RECEIPT", t.number,
                            InboxImpl.ServiceName.of(t), due(t, Step.DISPATCH)));
                }
            }
            case RESUBMIT -> {
                to.add(windowRole);
                to.add(owner);
            }
            case ACCEPT, RETURN, REJECT, CLOSE -> to.add(owner);
            case WITHDRAW -> {
                to.add(windowRole);
                to.add(owner);
                if (previousUnit != null) {
                    to.add(Recipient.unit(previousUnit));
                }
            }
            case DISPATCH -> {
                to.add(Recipient.unit(t.unit));
                to.add(owner);
            }
            case REDIRECT -> {
                to.add(Recipient.unit(t.unit));
                to.add(Recipient.unit(previousUnit));
                to.add(owner);
            }
            case CONTACT -> to.add(windowRole);
            case FILE_DELAY, RESOLVE -> {
                to.add(windowRole);
                to.add(owner);
            }
            default -> {
                // FOLLOW_UP is the window's own record: nobody else needs telling.
            }
        }
        // {5}..{7}: the due times of the open steps, as the ticket shows them (Art.7), so that the
        // talent reads by when they will be contacted and served, not only the rule.
        Object[] args = {t.number, InboxImpl.ServiceName.of(t), new InboxImpl.UnitName(t.unit),
            promised == null ? "-" : promised.toString(), step == null ? "-" : step, due(t, Step.FIRST_CONTACT),
            due(t, Step.COMPLETION), due(t, Step.DISPATCH)};
        if (owner != null && TO_THE_TALENT.contains(action) && to.remove(owner)) {
            // The talent is addressed as "you" where the staff's text speaks of "the talent".
            made.addAll(inbox.record(em, List.of(owner), NotificationKind.TRANSITION, t.id, t.number,
                    action.name() + ".TALENT", args));
        }
        made.addAll(inbox.record(em, to, NotificationKind.TRANSITION, t.id, t.number, action.name(), args));
        return made;
    }

    /**
     * The materials a return asked for (Art.6): the corrected form, checked as at submission (the
     * form's own rules, then the service's and a county's), replaces the stored one. Refused
     * before anything is written, like a submission.
     */
    private List<TicketFormValueEntity> correctForm(EntityManager em, TicketEntity t, TalentEntity owner,
            ServiceCatalogImpl.Resolved resolved, Map<String, Object> input, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Violations v = new Violations(M);
        FormValidator.Values form = FormValidator.validate(resolved.entry().definition.form, input, today, v);
        if (v.isEmpty()) {
            checkDocuments(em, documents(resolved.entry().definition.form, form.stored()), owner.id, v);
        }
        v.throwIfAny("TRANSITION_INVALID");
        Application application = new Application();
        // The talent's other unfinished requests.
        Map<String, Map<String, List<String>>> others = openRequests(em, owner.id, t.serviceCode);
        others.remove(t.number);
        application.openRequestForms = typed(others, resolved.entry().definition.form);
        application.openRequests.addAll(others.keySet());
        List<ServiceCalls.Record> failed = services.eligible(resolved,
                Talents.toTalent(owner, certifications(em, owner.id), today),
                form.typed(), today, application);
        services.record(em, t.id, TicketAction.RESUBMIT, failed, now);
        return ServiceCalls.replaceForm(em, t.id, form.stored(), resolved.entry().definition.form, M);
    }

    /** The documents a filled-in form names, by its attachment fields. */
    private static Map<String, List<String>> documents(List<FormField> definition, Map<String, List<String>> stored) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        definition.stream().filter(f -> f.type == FieldType.ATTACHMENT && stored.containsKey(f.name))
                .forEach(f -> named.put(f.name, stored.get(f.name)));
        return named;
    }

    /**
     * Art.6, the request's materials: an attachment field names a document the talent has handed
     * in (uploaded first), never another talent's, whose id a clerk or a talent may have seen.
     */
    private static void checkDocuments(EntityManager em, Map<String, List<String>> named, String talentId, Violations v) {
        if (named.isEmpty()) {
            return;
        }
        Set<String> unknown = AttachmentsImpl.notOf(em, talentId, named.values().stream().flatMap(List::stream).toList());
        named.forEach((field, ids) -> {
            if (ids.stream().anyMatch(unknown::contains)) {
                v.add("form." + field, "ATTACHMENT_UNKNOWN");
            }
        });
    }

    /**
     * The numbers of a talent's unfinished requests of a service (Application.openRequests) with
     * their forms, read without writing a running transition's changes first (one write per step).
     */
    private static Map<String, Map<String, List<String>>> openRequests(EntityManager em, String talentId, String service) {
        return formsByNumber(em.createNamedQuery(TicketEntity.OPEN_OF_TALENT).setParameter(1, talentId)
                .setParameter(2, service).setFlushMode(FlushModeType.COMMIT).getResultList());
    }

    /**
     * The rows of {@link TicketEntity#OPEN_OF_TALENT} (number, field, value) as forms by ticket
     * number, in the rows' order; a ticket without a form (field null) has an empty one.
     */
    static Map<String, Map<String, List<String>>> formsByNumber(List<?> rows) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Map<String, List<String>> form = out.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>());
            if (r[1] != null) {
                form.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((String) r[2]);
            }
        }
        return out;
    }

    /** The talent's unfinished requests with their forms typed as the service's form reads them. */
    private static Map<String, Map<String, Object>> typed(Map<String, Map<String, List<String>>> open, List<FormField> form) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        open.forEach((number, stored) -> out.put(number, FormValidator.retype(form, stored)));
        return out;
    }

    /** How long a value is shown in the history's account of a corrected form. */
    private static final int SHOWN_VALUE = 40;

    /**
     * The history names what a resubmission changed, as the talent and the clerk read the form
     * (its labels and choices), in each language: 补正表单：所属纳税年度 （空） → 2025 / Form
     * corrected: Tax year (empty) → 2025. Long values are cut, and each stays within a history
     * comment's length.
     */
    static Text changes(String note, List<FormField> definition,
            Map<String, List<String>> before, Map<String, List<String>> after) {
        return changes(note, definition, before, after, Map.of());
    }

    /**
     * The same, with values shown as the form shows them where it keeps that ({@code shown}, by
     * {@link #shownKey}): a document by its file name, not its id.
     */
    static Text changes(String note, List<FormField> definition, Map<String, List<String>> before,
            Map<String, List<String>> after, Map<String, Text> shown) {
        return Text.of(changes(note, definition, before, after, shown, true),
                changes(note, definition, before, after, shown, false));
    }

    static String shownKey(String field, String value) {
        return field + "\n" + value;
    }

    /** How the form rows show their values (a document's file name), by {@link #shownKey}. */
    private static Map<String, Text> shown(List<TicketFormValueEntity> rows) {
        Map<String, Text> out = new HashMap<>();
        for (TicketFormValueEntity r : rows) {
            if (r.shownZh != null && r.shownEn != null) {
                out.put(shownKey(r.field, r.value), Text.of(r.shownZh, r.shownEn));
            }
        }
        return out;
    }

    private static String changes(String note, List<FormField> definition, Map<String, List<String>> before,
            Map<String, List<String>> after, Map<String, Text> shownAs, boolean zh) {
        Map<String, FormField> byName = new LinkedHashMap<>();
        definition.forEach(f -> byName.put(f.name, f));
        Set<String> names = new LinkedHashSet<>(byName.keySet());
        names.addAll(new TreeSet<>(before.keySet()));
        names.addAll(new TreeSet<>(after.keySet()));
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            List<String> was = before.getOrDefault(name, List.of());
            List<String> is = after.getOrDefault(name, List.of());
            if (!was.equals(is)) {
                FormField f = byName.get(name);
                String label = f == null || f.label == null ? null : zh ? f.label.zh : f.label.en;
                changed.add((label == null ? name : label) + " " + shownValues(f, name, was, shownAs, zh) + " → "
                        + shownValues(f, name, is, shownAs, zh));
            }
        }
        String summary = changed.isEmpty() ? text(zh, "text.FORM_UNCHANGED")
                : text(zh, "text.FORM_CORRECTED", String.join(zh ? "；" : "; ", changed));
        // The account of the changes is the record of the first submission's values (Art.6): the
        // note written with it gives way first when the two exceed a history comment.
        return note == null ? ServiceCalls.cut(summary, MAX_TEXT)
                : ServiceCalls.composed(note, n -> zh ? n + "（" + summary + "）" : n + " (" + summary + ")", MAX_TEXT);
    }

    private static String text(boolean zh, String key, Object... args) {
        return zh ? M.zh(key, args) : M.en(key, args);
    }

    private static String shownValues(FormField f, String name, List<String> values, Map<String, Text> shownAs, boolean zh) {
        if (values.isEmpty()) {
            return text(zh, "text.EMPTY_VALUE");
        }
        List<String> shown = new ArrayList<>();
        for (String v : values) {
            String label = v;
            Text kept = shownAs.get(shownKey(name, v));
            if (kept != null) {
                label = zh ? kept.zh : kept.en;
            } else if (f != null && f.type == FieldType.YES_NO) {
                label = "true".equals(v) ? text(zh, "text.YES") : "false".equals(v) ? text(zh, "text.NO") : v;
            } else if (f != null) {
                for (Choice c : f.choices) {
                    String named = c.label == null ? null : zh ? c.label.zh : c.label.en;
                    if (c.key.equals(v) && named != null) {
                        label = named;
                    }
                }
            }
            shown.add(label.length() <= SHOWN_VALUE ? label : label.substring(0, SHOWN_VALUE) + "…");
        }
        return String.join(zh ? "、" : ", ", shown);
    }

    /**
     * A field the action does not use is refused rather than dropped: a handler's internal
     * "comment" sent with a resolve would otherwise vanish while the caller believes it kept.
     */
    private static void unused(TicketAction action, TransitionInput in, Violations v) {
        if (in.comment != null && action == TicketAction.RESOLVE) {
            v.add("comment", "NOT_USED_BY_ACTION", action);
        }
        if (in.unit != null && action != TicketAction.DISPATCH && action != TicketAction.REDIRECT) {
            v.add("unit", "NOT_USED_BY_ACTION", action);
        }
        if (in.reply != null && action != TicketAction.RESOLVE) {
            v.add("reply", "NOT_USED_BY_ACTION", action);
        }
        if (in.step != null && action != TicketAction.FILE_DELAY) {
            v.add("step", "NOT_USED_BY_ACTION", action);
        }
        if (in.promisedDate != null && action != TicketAction.FILE_DELAY) {
            v.add("promisedDate", "NOT_USED_BY_ACTION", action);
        }
        if (in.followUpMethod != null && action != TicketAction.FOLLOW_UP) {
            v.add("followUpMethod", "NOT_USED_BY_ACTION", action);
        }
        if (in.form != null && action != TicketAction.RESUBMIT) {
            v.add("form", "NOT_USED_BY_ACTION", action);
        }
    }

    /** What a transition did to the deadlines, for the history entry. */
    /**
     * What a transition did. {@code commentEn}: the comment in English where the platform composed
     * part of it (a redirect, a corrected form, a follow-up's method); null where the comment is
     * only what a person wrote.
     */
    private record Applied(String unit, String comment, Step step, LocalDateTime dueAt, boolean late, String commentEn) {
        Applied(String unit, String comment, Step step, LocalDateTime dueAt, boolean late) {
            this(unit, comment, step, dueAt, late, null);
        }
    }

    private Applied apply(EntityManager em, TicketEntity t, TicketAction action, TransitionInput in, Instant now,
            ServiceCatalogImpl.Resolved resolved) {
        // Every field the action does not take and every one it takes wrongly, named in one answer.
        Violations v = new Violations(M);
        unused(action, in, v);
        Applied applied = apply(em, t, action, in, now, resolved, v);
        // Also what an action that changes nothing before answering did not act on (a comment too long).
        v.throwIfAny("TRANSITION_INVALID");
        return applied;
    }

    private Applied apply(EntityManager em, TicketEntity t, TicketAction action, TransitionInput in, Instant now,
            ServiceCatalogImpl.Resolved resolved, Violations v) {
        switch (action) {
            case ACCEPT -> {
                return new Applied(null, v.text("comment", in.comment, MAX_TEXT, false), null, null, false);
            }
            case RETURN, REJECT -> {
                String reason = v.text("comment", in.comment, MAX_TEXT, true);
                v.throwIfAny("TRANSITION_INVALID");
                // Returned: the dispatch clock stops until the talent resubmits.
                TicketStepEntity dispatch = cancelOpen(t, now);
                return new Applied(null, reason, dispatch == null ? null : dispatch.step,
                        dispatch == null ? null : dispatch.dueAt, false);
            }
            case RESUBMIT -> {
                String note = v.text("comment", in.comment, MAX_TEXT, false);
                v.throwIfAny("TRANSITION_INVALID");
                // Art.7: the 1 working day for dispatch counts from the complete submission.
                TicketStepEntity dispatch = openStep(t, Step.DISPATCH, null, now, 1);
                return new Applied(null, note, dispatch.step, dispatch.dueAt, false);
            }
            case WITHDRAW -> {
                String reason = v.text("comment", in.comment, MAX_TEXT, false);
                cancelOpen(t, now);
                return new Applied(null, reason, null, null, false);
            }
            case DISPATCH -> {
                String unit = unit(v, in.unit, null, resolved);
                String note = v.text("comment", in.comment, MAX_TEXT, false);
                v.throwIfAny("TRANSITION_INVALID");
                TicketStepEntity dispatch = complete(t, Step.DISPATCH, now);
                t.unit = unit;
                // Art.7: first contact within 1 working day, completion within 3, both from dispatch.
                openStep(t, Step.FIRST_CONTACT, unit, now, 1);
                openStep(t, Step.COMPLETION, unit, now, 3);
                return new Applied(unit, note, Step.DISPATCH, dispatch.dueAt, isLate(dispatch));
            }
            case REDIRECT -> {
                String unit = unit(v, in.unit, t.unit, resolved);
                String reason = v.text("comment", in.comment, MAX_TEXT, true);
                v.throwIfAny("TRANSITION_INVALID");
                // The miss stays recorded against the first unit: its steps end as cancelled, the
                // history names it, and the new unit's deadlines start now.
                String previous = t.unit;
                cancelOpen(t, now);
                t.unit = unit;
                openStep(t, Step.FIRST_CONTACT, unit, now, 1);
                openStep(t, Step.COMPLETION, unit, now, 3);
                // The history, which the talent reads, names the first unit as people know it (由市卫健委改派：…).
                Optional<Unit> first = units.get(previous);
                String fromZh = first.map(u -> u.nameZh).orElse(previous);
                String fromEn = first.map(u -> u.nameEn).orElse(previous);
                return new Applied(unit, ServiceCalls.composed(reason, r -> M.zh("text.REDIRECTED_FROM", fromZh, r), MAX_TEXT),
                        null, null, false, ServiceCalls.composed(reason, r -> M.en("text.REDIRECTED_FROM", fromEn, r), MAX_TEXT));
            }
            case CONTACT -> {
                String note = v.text("comment", in.comment, MAX_TEXT, false);
                v.throwIfAny("TRANSITION_INVALID");
                TicketStepEntity contact = complete(t, Step.FIRST_CONTACT, now);
                return new Applied(t.unit, note, contact.step, contact.dueAt, isLate(contact));
            }
            case FILE_DELAY -> {
                return fileDelay(t, in, now, v);
            }
            case RESOLVE -> {
                String reply = v.text("reply", in.reply, MAX_TEXT, true);
                v.throwIfAny("TRANSITION_INVALID");
                TicketStepEntity completion = complete(t, Step.COMPLETION, now);
                t.reply = reply;
                // Art.7: the window's follow-up, within the configured working days of resolution.
                openStep(t, Step.FOLLOW_UP, null, now, followUpWorkingDays);
                return new Applied(t.unit, reply, completion.step, completion.dueAt, isLate(completion));
            }
            case FOLLOW_UP -> {
                if (open(t, Step.FOLLOW_UP) == null) {
                    throw M.refusal(Refusal.Kind.CONFLICT, "FOLLOW_UP_DONE");
                }
                if (in.followUpMethod == null) {
                    v.add("followUpMethod", "REQUIRED");
                }
                String note = v.text("comment", in.comment, MAX_TEXT, false);
                v.throwIfAny("TRANSITION_INVALID");
                TicketStepEntity followUp = complete(t, Step.FOLLOW_UP, now);
                // The history shows the method as the clerk and the talent read it (电话回访：…).
                String method = Names.zh(in.followUpMethod);
                String methodEn = Names.en(in.followUpMethod);
                return new Applied(null, note == null ? method : ServiceCalls.composed(note, n -> method + "：" + n, MAX_TEXT),
                        followUp.step, followUp.dueAt, isLate(followUp),
                        note == null ? methodEn : ServiceCalls.composed(note, n -> methodEn + ": " + n, MAX_TEXT));
            }
            case CLOSE -> {
                if (open(t, Step.FOLLOW_UP) != null) {
                    throw M.refusal(Refusal.Kind.CONFLICT, "FOLLOW_UP_FIRST");
                }
                return new Applied(null, v.text("comment", in.comment, MAX_TEXT, false), null, null, false);
            }
            default -> throw new IllegalStateException("No handling for " + action);
        }
    }

    /** Art.7: a unit that cannot finish in time explains and files a record, before the deadline it covers. */
    private Applied fileDelay(TicketEntity t, TransitionInput in, Instant now, Violations v) {
        String explanation = v.text("comment", in.comment, MAX_TEXT, true);
        Step which = in.step != null ? in.step
                : open(t, Step.FIRST_CONTACT) != null ? Step.FIRST_CONTACT : Step.COMPLETION;
        TicketStepEntity step = null;
        if (which != Step.FIRST_CONTACT && which != Step.COMPLETION) {
            v.add("step", "DELAY_STEP");
        } else {
            step = open(t, which);
            if (step == null) {
                v.add("step", "STEP_NOT_OPEN");
            }
        }
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        if (in.promisedDate == null) {
            v.add("promisedDate", "REQUIRED");
        } else if (in.promisedDate.isBefore(today) || in.promisedDate.isAfter(today.plusYears(1))) {
            // Art.7: a delay promises a date the unit can keep; one beyond a year is a typing
            // error and would leave the step outside supervision. With the step open, the bound of
            // this step is named (a year from today would send the handler to a date refused next).
            if (step == null) {
                v.add("promisedDate", "OUT_OF_RANGE", today, today.plusYears(1));
            } else if (step.delayFiledAt != null || Times.utc(now).isAfter(step.dueAt)) {
                // No date would do: the refusal below says why (filed already, or the step is late).
            } else if (in.promisedDate.isBefore(today)) {
                v.add("promisedDate", "PROMISED_NOT_LATER", Times.shown(step.dueAt, calendar.zone()));
            } else {
                v.add("promisedDate", "DELAY_TOO_LONG", which, longestDelay.get(which), latestPromise(step, which));
            }
        } else if (!calendar.isWorkingDay(in.promisedDate)) {
            v.add("promisedDate", "NOT_WORKING_DAY");
        }
        v.throwIfAny("TRANSITION_INVALID");
        if (step.delayFiledAt != null) {
            throw M.refusal(Refusal.Kind.CONFLICT, "DELAY_ALREADY_FILED");
        }
        if (Times.utc(now).isAfter(step.dueAt)) {
            // Only before the deadline it covers: afterwards the step is simply late.
            throw M.refusal(Refusal.Kind.CONFLICT, "DELAY_TOO_LATE", Times.shown(step.dueAt, calendar.zone()));
        }
        LocalDateTime promised = Times.utc(in.promisedDate.atTime(calendar.officeCloses()).atZone(calendar.zone()).toInstant());
        if (!promised.isAfter(step.dueAt)) {
            throw M.refusal(Refusal.Kind.INVALID, "TRANSITION_INVALID",
                    List.of(M.field("promisedDate", "PROMISED_NOT_LATER", Times.shown(step.dueAt, calendar.zone()))), 1);
        }
        int longest = longestDelay.get(which);
        LocalDate latest = latestPromise(step, which);
        if (in.promisedDate.isAfter(latest)) {
            // Art.7: the delay is filed, not granted; the jurisdiction bounds how far it may reach.
            throw M.refusal(Refusal.Kind.INVALID, "TRANSITION_INVALID",
                    List.of(M.field("promisedDate", "DELAY_TOO_LONG", which, longest, latest)), 1);
        }
        TicketStepEntity completion = which == Step.FIRST_CONTACT ? open(t, Step.COMPLETION) : null;
        if (completion != null && promised.isAfter(completion.dueAt)) {
            // Art.7: the talent is contacted before the request is completed; a first contact
            // promised after the completion's due time would leave the completion overdue first.
            throw M.refusal(Refusal.Kind.INVALID, "TRANSITION_INVALID", List.of(M.field("promisedDate",
                    "AFTER_COMPLETION_DUE", Times.shown(completion.dueAt, calendar.zone()))), 1);
        }
        LocalDateTime previousDue = step.dueAt;
        step.delayExplanation = explanation;
        step.delayFiledAt = Times.utc(now);
        // The promised date becomes the new due time (Art.7 filed record).
        step.dueAt = promised;
        return new Applied(t.unit, ServiceCalls.composed(explanation, e -> e + " → " + in.promisedDate, MAX_TEXT),
                step.step, previousDue, false);
    }

    /** Art.7: the last date a delay of this open step may promise, the jurisdiction's longest delay beyond its due time. */
    private LocalDate latestPromise(TicketStepEntity step, Step which) {
        return calendar.workingDaysAfter(Times.instant(step.dueAt), longestDelay.get(which)).toLocalDate();
    }

    // ---- reading ----

    @Override
    public Ticket get(String ticketId, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        Instant now = clock.instant();
        return database.jpa().txExpr(TransactionType.Required, em -> {
            String id = isNumber(ticketId) ? idOf(em, ticketId) : ticketId;
            TicketEntity t = id == null ? null : em.find(TicketEntity.class, id);
            TalentEntity talent = t == null ? null : em.find(TalentEntity.class, t.talentId);
            if (t == null || !canSee(em, t, talent, actor)) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
            }
            ServiceCatalogImpl.Resolved resolved = catalog.resolve(t.serviceCode, t.jurisdiction, t.providerBundle)
                    .orElse(null);
            List<TicketFormValueEntity> formRows = ServiceCalls.rows(em, t.id);
            return forActor(toTicket(t, talent, now, resolved, events(em, t.id),
                    ServiceCalls.shown(resolved, ServiceCalls.stored(formRows)), ServiceCalls.entries(formRows, resolved, M),
                    ServiceCalls.outcomes(em, t.id)), actor);
        });
    }

    @Override
    public Page<TicketSummary> find(TicketQuery query, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        TicketQuery q = query == null ? new TicketQuery() : query;
        Violations v = new Violations(M);
        v.page(q.offset, q.limit, MAX_PAGE);
        Instant now = clock.instant();
        v.instant("dueBefore", q.dueBefore);
        if (q.unit != null && !q.unit.isBlank() && units.get(UnitDirectoryImpl.code(q.unit)).isEmpty()) {
            // An unknown unit would list nothing, which reads as "no tickets".
            v.add("unit", "UNIT_UNKNOWN");
        }
        return database.jpa().txExpr(TransactionType.Required, em -> {
            if (q.talentId != null && !q.talentId.isBlank() && actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN)) {
                // Likewise a talent filter naming no talent the caller may see (a name or a mistyped
                // id), which the search would answer with an empty list as for a talent without
                // tickets. Not for a talent or a unit: their lists hold only their own tickets, and
                // telling an unknown id from another talent's would say which ids exist.
                TalentEntity named = em.find(TalentEntity.class, q.talentId.strip());
                if (named == null || !inScope(actor, named.jurisdiction)) {
                    v.add("talentId", "TALENT_UNKNOWN");
                }
            }
            v.throwIfAny("QUERY_INVALID");
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN)) {
                where.append(" and t.jurisdiction in :codes");
                params.put("codes", scopeCodes(actor));
            } else if (actor.has(Role.DEPARTMENT)) {
                // A unit sees what was dispatched to it, including tickets since redirected away.
                where.append(" and t.id in (select y.id from TicketEntity y join y.steps s where s.unit = :myUnit)");
                params.put("myUnit", actor.unit() == null ? "" : actor.unit());
            } else {
                where.append(" and t.talentId in (select p.id from TalentEntity p where p.account = :account)");
                params.put("account", actor.account());
            }
            if (q.state != null) {
                where.append(" and t.state = :state");
                params.put("state", q.state);
            }
            if (q.unit != null && !q.unit.isBlank()) {
                where.append(" and t.unit = :unit");
                params.put("unit", UnitDirectoryImpl.code(q.unit));
            }
            if (q.talentId != null && !q.talentId.isBlank()) {
                where.append(" and t.talentId = :talentId");
                params.put("talentId", q.talentId.strip());
            }
            if (Boolean.TRUE.equals(q.overdue)) {
                where.append(" and exists (select s from TicketEntity x join x.steps s where x = t and s.outcome = 'OPEN'"
                        + " and s.dueAt < :now)");
                params.put("now", Times.utc(now));
            } else if (Boolean.FALSE.equals(q.overdue)) {
                where.append(" and not exists (select s from TicketEntity x join x.steps s where x = t"
                        + " and s.outcome = 'OPEN' and s.dueAt < :now)");
                params.put("now", Times.utc(now));
            }
            if (q.dueBefore != null) {
                where.append(" and exists (select s from TicketEntity x join x.steps s where x = t and s.outcome = 'OPEN'"
                        + " and s.dueAt < :dueBefore)");
                params.put("dueBefore", Times.utc(q.dueBefore));
            }
            String jpql = where.toString();
            TypedQuery<Long> count = em.createQuery("select count(t) from TicketEntity t" + jpql, Long.class);
            params.forEach(count::setParameter);
            long total = count.getSingleResult();
            List<TicketSummary> items = new ArrayList<>();
            for (TicketEntity t : page(em, jpql, params, q)) {
                TalentEntity talent = em.find(TalentEntity.class, t.talentId);
                TicketSummary s = new TicketSummary();
                s.id = t.id;
                s.number = t.number;
                s.talentName = talent.name;
                s.serviceCode = t.serviceCode;
                s.serviceName = t.serviceNameZh == null ? null : Text.of(t.serviceNameZh, t.serviceNameEn);
                s.unit = t.unit;
                s.state = t.state;
                s.submittedAt = Times.instant(t.submittedAt);
                LocalDateTime next = nextDue(t);
                s.nextDueAt = next == null ? null : Times.instant(next);
                s.overdue = next != null && next.isBefore(Times.utc(now));
                items.add(s);
            }
            return new Page<>(items, total, q.offset, q.limit);
        });
    }

    /** The farthest time the database keeps: where a ticket with nothing open sorts by due time. */
    private static final LocalDateTime NOTHING_DUE = LocalDateTime.of(9999, 12, 31, 0, 0);

    /** The page of a search in its order (the search's {@code where} and parameters). */
    private static List<TicketEntity> page(EntityManager em, String where, Map<String, Object> params, TicketQuery q) {
        if (q.sort != TicketSort.DUE) {
            TypedQuery<TicketEntity> page = em.createQuery(
                    "select t from TicketEntity t" + where + " order by t.submittedAt desc, t.id", TicketEntity.class);
            params.forEach(page::setParameter);
            return page.setFirstResult(q.offset).setMaxResults(q.limit).getResultList();
        }
        // Art.7: by the open step due soonest, found with the steps in one query; the page's tickets
        // are then read by id. Equal due times: the one waiting longer first. Nothing open sorts last.
        // A unit's list counts its own open steps only: a ticket redirected away from it is not its
        // urgent work (a unit's search is the one scoped to :myUnit). The alias differs from the
        // subqueries' "s" of the search.
        boolean unit = params.containsKey("myUnit");
        TypedQuery<Object[]> ids = em.createQuery("select t.id, coalesce(min(o.dueAt), :nothingDue) as due, t.submittedAt"
                + " from TicketEntity t left join t.steps o on o.outcome = 'OPEN'" + (unit ? " and o.unit = :myUnit" : "")
                + where + " group by t.id, t.submittedAt order by due, t.submittedAt, t.id", Object[].class);
        params.forEach(ids::setParameter);
        ids.setParameter("nothingDue", NOTHING_DUE);
        return ids.setFirstResult(q.offset).setMaxResults(q.limit).getResultList().stream()
                .map(row -> em.find(TicketEntity.class, row[0])).toList();
    }

    // ---- who ----

    private boolean inScope(Actor actor, String jurisdiction) {
        return scope.covers(actor, jurisdiction);
    }

    private List<String> scopeCodes(Actor actor) {
        return scope.codes(actor);
    }

    /** Who may see a ticket: its talent, the window and the talent office of its jurisdiction, and its units. */
    private boolean canSee(EntityManager em, TicketEntity t, TalentEntity talent, Actor actor) {
        if (actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN) && inScope(actor, t.jurisdiction)) {
            return true;
        }
        if (actor.has(Role.DEPARTMENT) && actor.unit() != null
                && t.steps.stream().anyMatch(s -> actor.unit().equals(s.unit))) {
            return true;
        }
        return actor.has(Role.TALENT) && talent != null && actor.account().equals(talent.account);
    }

    private boolean isParty(TicketEntity t, TalentEntity talent, Actor actor, Set<Party> parties) {
        for (Party p : parties) {
            boolean ok = switch (p) {
                case WINDOW -> actor.has(Role.WINDOW) && inScope(actor, t.jurisdiction);
                case SUPERVISOR -> actor.has(Role.SUPERVISOR) && inScope(actor, t.jurisdiction);
                case OWNER -> actor.has(Role.TALENT) && talent != null && actor.account().equals(talent.account);
                case ASSIGNED_UNIT -> actor.has(Role.DEPARTMENT) && t.unit != null && t.unit.equals(actor.unit());
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    // ---- steps ----

    private TicketStepEntity openStep(TicketEntity t, Step step, String unit, Instant from, int workingDays) {
        TicketStepEntity s = new TicketStepEntity();
        s.id = RecordIds.next();
        s.step = step;
        s.unit = unit;
        s.openedAt = Times.utc(from);
        s.dueAt = Times.utc(calendar.workingDaysAfter(from, workingDays).toInstant());
        s.originalDueAt = s.dueAt;
        s.outcome = TicketStepEntity.OPEN;
        t.steps.add(s);
        return s;
    }

    /** When an open step is due, in the instance's zone; "-" when the step is not open. */
    private String due(TicketEntity t, Step step) {
        TicketStepEntity open = open(t, step);
        return open == null ? "-" : Times.shown(open.dueAt, settings.zone());
    }

    private static TicketStepEntity open(TicketEntity t, Step step) {
        for (TicketStepEntity s : t.steps) {
            if (s.step == step && s.isOpen()) {
                return s;
            }
        }
        return null;
    }

    private static TicketStepEntity complete(TicketEntity t, Step step, Instant now) {
        TicketStepEntity s = open(t, step);
        if (s == null) {
            // Only a concurrent change can close the step between the state check and here.
            throw M.refusal(Refusal.Kind.CONFLICT, "TICKET_CHANGED");
        }
        s.doneAt = Times.utc(now);
        s.outcome = TicketStepEntity.DONE;
        return s;
    }

    /** Cancels every open step; returns the dispatch step if it was among them. */
    private static TicketStepEntity cancelOpen(TicketEntity t, Instant now) {
        TicketStepEntity dispatch = null;
        for (TicketStepEntity s : t.steps) {
            if (s.isOpen()) {
                s.outcome = TicketStepEntity.CANCELLED;
                s.doneAt = Times.utc(now);
                if (s.step == Step.DISPATCH) {
                    dispatch = s;
                }
            }
        }
        return dispatch;
    }

    private static boolean isLate(TicketStepEntity s) {
        return s.doneAt != null && s.doneAt.isAfter(s.dueAt);
    }

    private static LocalDateTime nextDue(TicketEntity t) {
        return t.steps.stream().filter(TicketStepEntity::isOpen).map(s -> s.dueAt).min(Comparator.naturalOrder())
                .orElse(null);
    }

    // ---- storage helpers ----

    private static String nextNumber(EntityManager em, String jurisdiction, LocalDate day) {
        int updated = em.createNativeQuery("UPDATE TICKET_NUMBER SET LAST_NUMBER = LAST_NUMBER + 1"
                + " WHERE JURISDICTION = ? AND NUMBER_DATE = ?").setParameter(1, jurisdiction)
                .setParameter(2, Date.valueOf(day)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO TICKET_NUMBER (JURISDICTION, NUMBER_DATE, LAST_NUMBER) VALUES (?, ?, 1)")
                    .setParameter(1, jurisdiction).setParameter(2, Date.valueOf(day)).executeUpdate();
        }
        Number last = (Number) em.createNativeQuery("SELECT LAST_NUMBER FROM TICKET_NUMBER"
                + " WHERE JURISDICTION = ? AND NUMBER_DATE = ?").setParameter(1, jurisdiction)
                .setParameter(2, Date.valueOf(day)).getSingleResult();
        return jurisdiction + "-" + NUMBER_DATE.format(day) + "-" + String.format("%04d", last.intValue());
    }

    private static boolean isNumber(String ticketRef) {
        return ticketRef != null && NUMBER.matcher(ticketRef).matches();
    }

    /** The id of the ticket with this number, or null: design.md section 3's number read out on the phone. */
    private static String idOf(EntityManager em, String number) {
        return em.createNamedQuery(TicketEntity.ID_OF_NUMBER, String.class).setParameter("number", number)
                .getResultList().stream().findFirst().orElse(null);
    }

    private static List<CertificationEntity> certifications(EntityManager em, String talentId) {
        return em.createNamedQuery(CertificationEntity.OF_TALENT, CertificationEntity.class).setParameter("id", talentId)
                .getResultList();
    }

    private static List<TicketEventEntity> events(EntityManager em, String ticketId) {
        return em.createNamedQuery(TicketEventEntity.OF_TICKET, TicketEventEntity.class).setParameter("id", ticketId)
                .getResultList();
    }

    private static TicketEventEntity appendEvent(EntityManager em, TicketEntity t, int seq, Actor actor, TicketAction action,
            TicketState from, TicketState to, String unit, String comment, String commentEn, Step step, LocalDateTime dueAt,
            boolean late, Instant now) {
        TicketEventEntity e = new TicketEventEntity();
        e.id = RecordIds.next();
        e.ticketId = t.id;
        e.sequence = seq;
        e.at = Times.utc(now);
        e.actor = actor.account();
        e.party = party(actor);
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.unit = unit;
        e.comment = comment;
        e.commentEn = commentEn;
        e.step = step;
        e.dueAt = dueAt;
        e.late = late;
        em.persist(e);
        return e;
    }

    /** The party an actor acts for, as the history keeps it (V014). */
    static String party(Actor actor) {
        if (actor.has(Role.TALENT)) {
            return "TALENT";
        }
        if (actor.has(Role.DEPARTMENT)) {
            return actor.unit() == null ? "UNIT" : "UNIT:" + actor.unit();
        }
        return actor.has(Role.WINDOW) ? "WINDOW" : actor.has(Role.SUPERVISOR) ? "OFFICE"
                : actor.has(Role.ADMIN) ? "ADMIN" : null;
    }

    /** A kept party by its name: a unit by the name it has now. */
    private Text partyName(String party) {
        if (party == null) {
            return null;
        }
        if (party.startsWith("UNIT:")) {
            Messages.Named unit = unitName(party.substring("UNIT:".length()));
            return new Text(unit.zh(), unit.en());
        }
        return M.text("party." + party);
    }

    /** A unit by its names, or by its code when the directory no longer has it. */
    private Messages.Named unitName(String code) {
        return units.get(code).map(u -> new Messages.Named(u.nameZh, u.nameEn)).orElse(new Messages.Named(code, code));
    }

    /**
     * The unit a dispatch or redirect names. Art.5: it must answer for the ticket's service, so
     * a request cannot be sent where nobody handles it; a dispatch naming none goes to the
     * first responsible unit (Art.7 "transfers to the responsible unit"). A redirect
     * ({@code mustDifferFrom} the current unit) names its unit.
     */
    private String unit(Violations v, String code, String mustDifferFrom, ServiceCatalogImpl.Resolved resolved) {
        List<Unit> responsible = responsibleUnits(resolved);
        String u = UnitDirectoryImpl.code(code);
        boolean dispatch = mustDifferFrom == null;
        if (code == null && dispatch && !responsible.isEmpty()) {
            return responsible.get(0).code;
        }
        if (code != null && u.isEmpty() && dispatch && !responsible.isEmpty()) {
            // Sent but empty (a form's blank box) is a slip, not a choice of the default.
            v.add("unit", "UNIT_BLANK", named(responsible).get(0));
        } else if (u == null || u.isEmpty()) {
            v.add("unit", "REQUIRED");
        } else if (units.get(u).isEmpty()) {
            if (responsible.isEmpty()) {
                v.add("unit", "UNIT_UNKNOWN");
            } else {
                v.add("unit", "UNIT_UNKNOWN_FOR", serviceName(resolved), named(responsible));
            }
        } else if (u.equals(mustDifferFrom)) {
            v.add("unit", "SAME_UNIT");
        } else if (!responsible.isEmpty() && responsible.stream().noneMatch(r -> r.code.equals(u))) {
            v.add("unit", "UNIT_NOT_RESPONSIBLE", serviceName(resolved), named(responsible));
        }
        return u;
    }

    /** Units as a refusal names them, so the clerk can type the code: 连云港市教育局（EDUCATION）. */
    private static List<Messages.Named> named(List<Unit> units) {
        return units.stream().map(r -> new Messages.Named(r.nameZh + "（" + r.code + "）", r.nameEn + " (" + r.code + ")"))
                .toList();
    }

    private static Messages.Named serviceName(ServiceCatalogImpl.Resolved resolved) {
        ServiceDefinition d = resolved.entry().definition;
        return d.name == null ? new Messages.Named(d.code, d.code) : new Messages.Named(d.name.zh, d.name.en);
    }

    /**
     * Art.5: the known units answering for the service, those its definition names first (the
     * first is where a dispatch goes by default), then those the unit directory adds at run time
     * ({@code unit:list}, {@code PUT /units/{code}}), so an operator widens it without a release.
     * Empty when none is known: then any known unit is taken, rather than no dispatch at all.
     */
    private List<Unit> responsibleUnits(ServiceCatalogImpl.Resolved resolved) {
        Map<String, Unit> known = new LinkedHashMap<>();
        for (String code : resolved.entry().definition.units) {
            units.get(code).ifPresent(u -> known.put(u.code, u));
        }
        units.forService(resolved.entry().definition.code).forEach(u -> known.putIfAbsent(u.code, u));
        return List.copyOf(known.values());
    }

    /**
     * The ticket as shown; {@code resolved}: its service as the catalog has it now (Art.9), null
     * while not offered.
     */
    /** The calendar day of a stored time in the jurisdiction's zone, for counting working days (Art.7). */
    private LocalDate day(LocalDateTime utc) {
        return Times.instant(utc).atZone(calendar.zone()).toLocalDate();
    }

    private Ticket toTicket(TicketEntity t, TalentEntity talent, Instant now, ServiceCatalogImpl.Resolved resolved,
            List<TicketEventEntity> events, Map<String, Object> form, List<FormEntry> formShown, List<TicketOutcome> outcomes) {
        Ticket r = new Ticket();
        r.id = t.id;
        r.number = t.number;
        r.talentId = t.talentId;
        r.talentName = talent.name;
        r.talentPhone = talent.phone;
        r.serviceCode = t.serviceCode;
        r.serviceProvider = t.providerBundle == null ? null : t.providerBundle + " " + t.providerVersion;
        r.serviceOrigin = t.serviceOrigin;
        // As submitted; a ticket from before names were kept reads by the catalog's name now.
        r.serviceName = t.serviceNameZh != null ? Text.of(t.serviceNameZh, t.serviceNameEn)
                : resolved == null ? null : resolved.entry().definition.name;
        r.serviceOffered = resolved != null;
        r.form = form;
        r.formShown = formShown;
        r.outcomes = outcomes;
        r.jurisdiction = t.jurisdiction;
        r.channel = t.channel;
        r.description = t.description;
        r.state = t.state;
        r.unit = t.unit;
        r.reply = t.reply;
        r.submittedAt = Times.instant(t.submittedAt);
        r.submittedBy = t.submittedBy;
        r.updatedAt = Times.instant(t.updatedAt);
        r.version = t.version;
        r.steps = new ArrayList<>();
        // Steps opened together (first contact and completion at dispatch) show in the lifecycle's order.
        List<TicketStepEntity> steps = new ArrayList<>(t.steps);
        steps.sort(Comparator.comparing((TicketStepEntity s) -> s.openedAt).thenComparing(s -> s.step));
        for (TicketStepEntity s : steps) {
            TicketStep d = new TicketStep();
            d.step = s.step;
            d.unit = s.unit;
            d.openedAt = Times.instant(s.openedAt);
            d.dueAt = Times.instant(s.dueAt);
            d.originalDueAt = Times.instant(s.originalDueAt);
            d.doneAt = Times.instant(s.doneAt);
            d.status = s.status(Times.utc(now));
            d.delayExplanation = s.delayExplanation;
            d.delayFiledAt = Times.instant(s.delayFiledAt);
            d.workingDays = (int) calendar.workingDaysBetween(day(s.openedAt), day(s.originalDueAt));
            if (d.status == StepStatus.OPEN || d.status == StepStatus.OVERDUE) {
                d.workingDaysLeft = (int) calendar.workingDaysBetween(LocalDate.ofInstant(now, calendar.zone()), day(s.dueAt));
            }
            r.steps.add(d);
        }
        LocalDateTime next = nextDue(t);
        r.nextDueAt = Times.instant(next);
        r.history = new ArrayList<>();
        for (TicketEventEntity e : events) {
            TicketEvent h = new TicketEvent();
            h.sequence = e.sequence;
            h.at = Times.instant(e.at);
            h.actor = e.actor;
            h.party = partyName(e.party);
            h.action = e.action;
            h.fromState = e.fromState;
            h.toState = e.toState;
            h.unit = e.unit;
            h.comment = e.comment;
            h.commentEn = e.commentEn;
            h.step = e.step;
            h.dueAt = Times.instant(e.dueAt);
            h.late = e.late;
            r.history.add(h);
        }
        return r;
    }
}
