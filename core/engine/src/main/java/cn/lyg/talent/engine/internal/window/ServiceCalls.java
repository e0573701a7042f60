package cn.lyg.talent.engine.internal.window;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Provider;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.window.FormEntry;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketOutcome;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.RecordIds;
import cn.lyg.talent.engine.internal.Times;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.catalog.FormValidator;
import cn.lyg.talent.engine.internal.catalog.ServiceCatalogImpl.Failure;
import cn.lyg.talent.engine.internal.catalog.ServiceCatalogImpl.Handled;
import cn.lyg.talent.engine.internal.catalog.ServiceCatalogImpl;
import cn.lyg.talent.engine.internal.registry.Talents;
import cn.lyg.talent.engine.internal.store.AttachmentEntity;
import cn.lyg.talent.engine.internal.store.CertificationEntity;
import cn.lyg.talent.engine.internal.store.TalentEntity;
import cn.lyg.talent.engine.internal.store.TicketEntity;
import cn.lyg.talent.engine.internal.store.TicketFormValueEntity;
import cn.lyg.talent.engine.internal.store.TicketOutcomeEntity;

/**
 * The window's side of the plugin SPI: runs a service's rules and handler for a submission or a
 * transition and keeps what they left on the ticket (outcomes, and failures for the clerk).
 */
final class ServiceCalls {
    /** Transitions that move the service forward: refused while the service is not offered (Art.9). */
    static final Set<TicketAction> NEEDS_SERVICE = EnumSet.of(TicketAction.ACCEPT, TicketAction.RESUBMIT,
            TicketAction.DISPATCH, TicketAction.REDIRECT, TicketAction.RESOLVE);
    private static final int MAX_VALUES = 50;
    private static final int MAX_VALUE = 2000;
    private static final int MAX_SUMMARY = 2000;
    private static final int MAX_VALUES_TEXT = 8000;

    /** One record for the ticket: an outcome or a failure. */
    record Record(Provider plugin, boolean failure, Text summary, Map<String, String> values) {
    }

    /** A transition as told to handlers and listeners, and whether the handler's answer was recorded. */
    record Transitioned(TicketTransition transition, boolean recorded) {
    }

    /** A submission the service's rules let through, with what to record and tell. */
    record Submission(TicketTransition transition, List<Record> records) {
    }

    /**
     * The service's own rules on an application (Art.9: a county's conditions too); refused as
     * SERVICE_NOT_ELIGIBLE naming each, else the rules that failed to run, as records. Fills
     * {@code a} with the application the rules saw.
     */
    List<Record> eligible(ServiceCatalogImpl.Resolved resolved, Talent talent, Map<String, Object> form, LocalDate today,
            Application a) {
        a.serviceCode = resolved.entry().definition.code;
        a.jurisdiction = talent.jurisdiction;
        a.date = today;
        a.talent = talent;
        a.form = form;
        ServiceCatalogImpl.Evaluation e = catalog.evaluate(resolved, a);
        if (!e.refusals().isEmpty()) {
            throw messages.refusal(Refusal.Kind.INVALID, "SERVICE_NOT_ELIGIBLE", e.refusals(), e.refusals().size());
        }
        List<Record> records = new ArrayList<>();
        e.failures().forEach(f -> records.add(failure(f)));
        return records;
    }

    /** Replaces a ticket's stored form; the new rows. */
    static List<TicketFormValueEntity> replaceForm(EntityManager em, String ticketId, Map<String, List<String>> stored,
            List<FormField> fields, Messages m) {
        for (TicketFormValueEntity v : rows(em, ticketId)) {
            em.remove(v);
        }
        // The rows' keys are reused: the old ones go first.
        em.flush();
        return storeForm(em, ticketId, stored, fields, m);
    }

    /**
     * The service's handler failed on a transition after submission: the transition is refused
     * (its checks did not run) and the failure is recorded on the ticket once the refused
     * transaction has rolled back, so the clerk sees it.
     */
    static final class PluginFailed extends Refusal {
        private static final long serialVersionUID = 1L;
        final transient Record record;

        PluginFailed(Messages m, Record record) {
            super(Refusal.Kind.CONFLICT, "SERVICE_PLUGIN_FAILED", m.zh("refusal.SERVICE_PLUGIN_FAILED", record.plugin()),
                    m.en("refusal.SERVICE_PLUGIN_FAILED", record.plugin()), List.of());
            this.record = record;
        }
    }

    private final ServiceCatalogImpl catalog;
    private final Messages messages;
    private final ZoneId zone;

    ServiceCalls(ServiceCatalogImpl catalog, Messages messages, ZoneId zone) {
        this.catalog = catalog;
        this.messages = messages;
        this.zone = zone;
    }

    /**
     * Runs the service's eligibility rules and handler on a submission. A rule's refusal refuses
     * it (nothing is written); failures become records for the clerk.
     */
    Submission submission(ServiceCatalogImpl.Resolved resolved, Talent talent, Map<String, Object> form,
            Map<String, Map<String, Object>> openRequests, LocalDate today, Actor actor, Instant now, String description) {
        Application a = new Application();
        a.openRequests = new ArrayList<>(openRequests.keySet());
        a.openRequestForms = openRequests;
        List<Record> records = eligible(resolved, talent, form, today, a);
        TicketTransition t = new TicketTransition();
        t.serviceCode = a.serviceCode;
        t.jurisdiction = a.jurisdiction;
        t.action = TicketAction.SUBMIT;
        t.to = TicketState.SUBMITTED;
        t.actor = actor.account();
        t.at = now;
        t.comment = description;
        t.application = a;
        catalog.handle(resolved, t).ifPresent(h -> records.add(record(h)));
        return new Submission(t, records);
    }

    /**
     * The transition as handlers and listeners see it; asks the handler, if the service has one,
     * and records its answer on the ticket. A handler's refusal rolls the whole transition back.
     */
    Transitioned transition(EntityManager em, TicketEntity ticket, Map<String, List<String>> form,
            ServiceCatalogImpl.Resolved resolved, TicketAction action, TicketState from, Actor actor, Instant now,
            String comment, Map<String, String> values) {
        Map<String, String> given = values(values, resolved, action);
        TicketTransition t = new TicketTransition();
        t.ticketId = ticket.id;
        t.number = ticket.number;
        t.serviceCode = ticket.serviceCode;
        t.jurisdiction = ticket.jurisdiction;
        t.action = action;
        t.from = from;
        t.to = ticket.state;
        t.actor = actor.account();
        t.at = now;
        t.unit = ticket.unit;
        t.comment = comment;
        t.values = given;
        if (resolved == null || resolved.handler() == null && !catalog.hasListeners(t.serviceCode, t.jurisdiction)) {
            return new Transitioned(t, false);
        }
        t.application = application(em, ticket, form, resolved);
        ServiceCatalogImpl.Handled handled = catalog.handle(resolved, t).orElse(null);
        if (handled != null && handled.failure() != null) {
            throw new PluginFailed(messages, record(handled));
        }
        if (handled != null) {
            record(em, ticket.id, action, List.of(record(handled)), now);
        }
        return new Transitioned(t, handled != null);
    }

    private Map<String, String> values(Map<String, String> values, ServiceCatalogImpl.Resolved resolved,
            TicketAction action) {
        if (values == null || values.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Violations v = new Violations(messages);
        if (resolved == null || resolved.handler() == null) {
            v.add("values", "NO_HANDLER");
        } else if (values.size() > MAX_VALUES) {
            v.add("values", "TOO_MANY", MAX_VALUES);
        } else {
            // A name the handler does not take would be dropped while the clerk believes it recorded.
            ServiceCatalogImpl.ValueNames declared = catalog.valueNames(resolved, action);
            if (declared.failure() != null) {
                throw new PluginFailed(messages, record(declared.failure()));
            }
            Set<String> taken = declared.names();
            values.forEach((k, x) -> {
                if (k == null || k.isBlank() || k.length() > 60) {
                    v.add("values", "VALUE_NAME");
                } else if (taken != null && !taken.contains(k.strip())) {
                    if (taken.isEmpty()) {
                        v.add("values." + k, "NO_VALUES_ON_ACTION", action);
                    } else {
                        v.add("values." + k, "VALUE_UNKNOWN", new TreeSet<>(taken), action);
                    }
                } else {
                    v.text("values." + k, x, MAX_VALUE, false);
                }
            });
        }
        v.throwIfAny("TRANSITION_INVALID");
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, x) -> out.put(k.strip(), x == null ? null : x.strip()));
        return out;
    }

    private Application application(EntityManager em, TicketEntity ticket, Map<String, List<String>> form,
            ServiceCatalogImpl.Resolved resolved) {
        TalentEntity owner = em.find(TalentEntity.class, ticket.talentId);
        // Read without writing the transition's pending changes first: a flush here would write the
        // ticket's row twice (two versions for one step, a client's next --version refused).
        List<CertificationEntity> certs = em.createNamedQuery(CertificationEntity.OF_TALENT, CertificationEntity.class)
                .setParameter("id", ticket.talentId).setFlushMode(FlushModeType.COMMIT).getResultList();
        Application a = new Application();
        a.serviceCode = ticket.serviceCode;
        a.jurisdiction = ticket.jurisdiction;
        // The day of submission where the ticket was made, as the submission's rules saw it.
        a.date = Times.instant(ticket.submittedAt).atZone(zone).toLocalDate();
        a.talent = Talents.toTalent(owner, certs, a.date);
        a.form = FormValidator.retype(resolved.entry().definition.form, form);
        return a;
    }

    private Record failure(Failure f) {
        return new Record(f.plugin(), true, new Text(messages.zh("plugin.FAILED", f.plugin(), f.what(), f.detail()),
                messages.en("plugin.FAILED", f.plugin(), f.what(), f.detail())), Map.of());
    }

    private Record record(Handled h) {
        return h.failure() != null ? failure(h.failure())
                : new Record(h.plugin(), false, h.outcome().summary, h.outcome().values);
    }

    void record(EntityManager em, String ticketId, TicketAction action, List<Record> records, Instant now) {
        for (Record r : records) {
            TicketOutcomeEntity o = new TicketOutcomeEntity();
            o.id = RecordIds.next();
            o.ticketId = ticketId;
            o.at = Times.utc(now);
            o.action = action;
            o.plugin = cut(r.plugin().toString(), 260);
            o.failure = r.failure();
            o.summaryZh = cut(r.summary().zh, MAX_SUMMARY);
            o.summaryEn = cut(r.summary().en, MAX_SUMMARY);
            o.values = r.values() == null || r.values().isEmpty() ? null : cut(valuesText(r.values()), MAX_VALUES_TEXT);
            em.persist(o);
        }
    }

    /** A plugin's text is kept, cut to what the column holds rather than refused: the outcome matters more. */
    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : keep(s, max - 1) + "…";
    }

    /**
     * A history comment the platform composes around what a person wrote ({@code own}: 由…改派：own,
     * own → 2025-10-15), within {@code max}: only the person's text is shortened, so that the
     * platform's part (the unit, the promised date, the form's changes) stays whole.
     */
    static String composed(String own, Function<String, String> compose, int max) {
        String whole = compose.apply(own);
        if (own == null || whole.length() <= max) {
            return cut(whole, max);
        }
        int keep = Math.max(0, own.length() - (whole.length() - max) - 1);
        return cut(compose.apply(keep(own, keep) + "…"), max);
    }

    /** The first {@code n} characters of {@code s}, one fewer where the n-th would split a pair (an emoji). */
    private static String keep(String s, int n) {
        return n > 0 && Character.isHighSurrogate(s.charAt(n - 1)) ? s.substring(0, n - 1) : s.substring(0, n);
    }

    private static String valuesText(Map<String, String> values) {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                p.setProperty(k, v);
            }
        });
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Drop the date comment Properties writes first: the record has its own time.
        String s = w.toString();
        return s.startsWith("#") ? s.substring(s.indexOf('\n') + 1) : s;
    }

    private static Map<String, String> readValues(String text) {
        Map<String, String> out = new TreeMap<>();
        if (text == null) {
            return out;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /**
     * Stores a ticket's form with how it reads now (Art.9): each value beside its field's label
     * and its own wording, so the form reads the same after the service's plugin is gone.
     */
    static List<TicketFormValueEntity> storeForm(EntityManager em, String ticketId, Map<String, List<String>> stored,
            List<FormField> fields, Messages m) {
        List<TicketFormValueEntity> rows = new ArrayList<>();
        stored.forEach((field, values) -> {
            FormField f = fields.stream().filter(x -> x.name.equals(field)).findFirst().orElse(null);
            for (int i = 0; i < values.size(); i++) {
                TicketFormValueEntity v = new TicketFormValueEntity();
                v.ticketId = ticketId;
                v.field = field;
                v.ordinal = i;
                v.value = values.get(i);
                if (f != null && f.label != null) {
                    v.labelZh = cut(f.label.zh, 200);
                    v.labelEn = cut(f.label.en, 200);
                }
                Text shown = f != null && f.type == FieldType.ATTACHMENT ? document(em, v.value) : wording(f, v.value, m);
                v.shownZh = cut(shown.zh, 4000);
                v.shownEn = cut(shown.en, 4000);
                em.persist(v);
                rows.add(v);
            }
        });
        return rows;
    }

    /** A document named in the form (Art.6 materials) as people know it: by its file name; the id stays the value. */
    private static Text document(EntityManager em, String id) {
        AttachmentEntity a = id == null ? null : em.find(AttachmentEntity.class, id);
        return a == null ? Text.of(id, id) : Text.of(a.fileName, a.fileName);
    }

    /** A value as people read it: a choice by its label, yes/no in words, anything else as typed. */
    static Text wording(FormField f, String value, Messages m) {
        if (f != null && f.type == FieldType.YES_NO && ("true".equals(value) || "false".equals(value))) {
            String key = "true".equals(value) ? "text.YES" : "text.NO";
            return new Text(m.zh(key), m.en(key));
        }
        if (f != null) {
            for (Choice c : f.choices) {
                if (c.key.equals(value) && c.label != null) {
                    return c.label;
                }
            }
        }
        return new Text(value, value);
    }

    /** A ticket's form rows, by field and position. */
    static List<TicketFormValueEntity> rows(EntityManager em, String ticketId) {
        return em.createNamedQuery(TicketFormValueEntity.OF_TICKET, TicketFormValueEntity.class)
                .setParameter("id", ticketId).getResultList();
    }

    /** The form's values as stored, by field. */
    static Map<String, List<String>> stored(EntityManager em, String ticketId) {
        return stored(rows(em, ticketId));
    }

    static Map<String, List<String>> stored(List<TicketFormValueEntity> rows) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TicketFormValueEntity v : rows) {
            out.computeIfAbsent(v.field, k -> new ArrayList<>()).add(v.value);
        }
        return out;
    }

    /**
     * The form as people read it: labels and wording as stored with each value; for rows from
     * before they were kept (V015), as the service's form says now, else the name and value as
     * stored. In the form's order where the service is offered, else by name.
     */
    static List<FormEntry> entries(List<TicketFormValueEntity> rows, ServiceCatalogImpl.Resolved resolved, Messages m) {
        List<FormField> fields = resolved == null || resolved.entry().definition == null ? List.of()
                : resolved.entry().definition.form;
        Map<String, List<TicketFormValueEntity>> byField = new TreeMap<>();
        rows.forEach(r -> byField.computeIfAbsent(r.field, k -> new ArrayList<>()).add(r));
        List<String> order = new ArrayList<>();
        fields.stream().map(f -> f.name).filter(byField::containsKey).forEach(order::add);
        byField.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        List<FormEntry> out = new ArrayList<>();
        for (String name : order) {
            List<TicketFormValueEntity> values = byField.get(name);
            FormField now = fields.stream().filter(f -> f.name.equals(name)).findFirst().orElse(null);
            TicketFormValueEntity first = values.get(0);
            Text label = first.labelZh != null ? new Text(first.labelZh, first.labelEn)
                    : now != null && now.label != null ? now.label : new Text(name, name);
            List<Text> words = values.stream().map(v -> v.shownZh != null ? new Text(v.shownZh, v.shownEn)
                    : wording(now, v.value, m)).toList();
            out.add(new FormEntry(name, label, new Text(words.stream().map(w -> w.zh).collect(Collectors.joining("、")),
                    words.stream().map(w -> w.en).collect(Collectors.joining(", ")))));
        }
        return out;
    }

    /** Stored values as a ticket shows them, by field name as they are read back. */
    /**
     * The form as a ticket shows it, by field name: typed as the service's form says (a number
     * as a number, a date, yes/no as a boolean, a multiple choice always as a list), so a client
     * reads back what it sent. When the service is no longer offered ({@code resolved} null) the
     * stored text is all there is.
     */
    static Map<String, Object> shown(ServiceCatalogImpl.Resolved resolved, Map<String, List<String>> stored) {
        Map<String, List<String>> byName = new TreeMap<>(stored);
        if (resolved != null && resolved.entry().definition != null) {
            return FormValidator.retype(resolved.entry().definition.form, byName);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        byName.forEach((k, v) -> out.put(k, v.size() == 1 ? v.get(0) : v));
        return out;
    }

    static List<TicketOutcome> outcomes(EntityManager em, String ticketId) {
        List<TicketOutcome> out = new ArrayList<>();
        for (TicketOutcomeEntity e : em.createNamedQuery(TicketOutcomeEntity.OF_TICKET, TicketOutcomeEntity.class)
                .setParameter("id", ticketId).getResultList()) {
            TicketOutcome o = new TicketOutcome();
            o.at = Times.instant(e.at);
            o.action = e.action;
            o.plugin = e.plugin;
            o.failure = e.failure;
            o.summaryZh = e.summaryZh;
            o.summaryEn = e.summaryEn;
            o.values = readValues(e.values);
            out.add(o);
        }
        return out;
    }

}
