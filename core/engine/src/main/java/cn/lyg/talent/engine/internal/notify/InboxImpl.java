package cn.lyg.talent.engine.internal.notify;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.notify.Inbox;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationChannel;
import cn.lyg.talent.api.notify.NotificationKind;
import cn.lyg.talent.api.notify.Recipient;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.RecordIds;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.store.Conflicts;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.NotificationEntity;
import cn.lyg.talent.engine.internal.store.NotificationReadEntity;
import cn.lyg.talent.engine.internal.store.TalentEntity;
import cn.lyg.talent.engine.internal.store.TicketEntity;

/**
 * The default notification channel, an in-app inbox, and the dispatcher to further channels.
 * Inbox rows are written in the caller's transaction, so a notification exists exactly when the
 * change it reports does; other channels get it after the commit.
 */
@Component(service = {Inbox.class, InboxImpl.class})
public class InboxImpl implements Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(InboxImpl.class);
    private static final Messages M = Messages.ENGINE;

    private final Database database;
    private final Clock clock;
    private final JurisdictionDirectory jurisdictions;
    private final UnitDirectory units;
    private final ServiceCatalog catalog;
    private static final int QUEUE = 10_000;
    private final List<NotificationChannel> channels = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "talent-notification-channels");
                t.setDaemon(true);
                return t;
            });

    @Activate
    public InboxImpl(@Reference Database database, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference JurisdictionDirectory jurisdictions, @Reference UnitDirectory units,
            @Reference ServiceCatalog catalog) {
        this.database = database;
        this.clock = clock;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.catalog = catalog;
    }

    /** A unit's code as a notification argument: the text shows the unit's name (Chinese first). */
    public record UnitName(String code) {
    }

    /** A service's code as a notification argument: the text shows its name where the ticket belongs. */
    public record ServiceName(String code, String jurisdiction, String zh, String en) {
        /** The ticket's service by the name it was submitted under (V013), else as the catalog names it now. */
        public static ServiceName of(TicketEntity t) {
            return new ServiceName(t.serviceCode, t.jurisdiction, t.serviceNameZh, t.serviceNameEn);
        }

        /** The service of a ticket as read, by the name it shows. */
        public static ServiceName of(Ticket t) {
            return new ServiceName(t.serviceCode, t.jurisdiction, t.serviceName == null ? null : t.serviceName.zh,
                    t.serviceName == null ? null : t.serviceName.en);
        }

        /** The name kept on the ticket, or its code for a ticket from before names were kept. */
        public static Messages.Named kept(TicketEntity t) {
            return t.serviceNameZh == null ? new Messages.Named(t.serviceCode, t.serviceCode)
                    : new Messages.Named(t.serviceNameZh, t.serviceNameEn == null ? t.serviceNameZh : t.serviceNameEn);
        }
    }

    private Object named(Object arg) {
        if (arg instanceof UnitName u) {
            // A step or rectification without a unit is the window's own.
            return u.code() == null ? new Messages.Named(M.zh("text.WINDOW_PARTY"), M.en("text.WINDOW_PARTY"))
                    : units.get(u.code()).map(x -> new Messages.Named(x.nameZh, x.nameEn))
                    .orElse(new Messages.Named(u.code(), u.code()));
        }
        if (arg instanceof ServiceName s) {
            // A plugin replaced or uninstalled since (Art.9) does not rename what the talent applied for.
            if (s.zh() != null) {
                return new Messages.Named(s.zh(), s.en() == null ? s.zh() : s.en());
            }
            return catalog.get(s.code(), s.jurisdiction())
                    .filter(e -> e.definition != null && e.definition.name != null)
                    .map(e -> new Messages.Named(e.definition.name.zh, e.definition.name.en))
                    .orElse(new Messages.Named(s.code(), s.code()));
        }
        return arg;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(NotificationChannel channel) {
        channels.add(channel);
    }

    void removeChannel(NotificationChannel channel) {
        channels.remove(channel);
    }

    /**
     * Records notifications to {@code recipients} (null ones skipped) in the caller's transaction; the text comes
     * from the message bundles under {@code notify.<key>}. Returns them for {@link #deliver}.
     */
    public List<Notification> record(EntityManager em, List<Recipient> recipients, NotificationKind kind,
            String ticketId, String ticketNumber, String key, Object... args) {
        List<Notification> made = new ArrayList<>();
        Object[] shown = Arrays.stream(args).map(this::named).toArray();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // A talent without an account (served offline only) has no inbox: callers pass them as null.
        for (Recipient r : recipients.stream().filter(Objects::nonNull).distinct().toList()) {
            made.add(persist(em, r, kind, ticketId, null, ticketNumber, M.zh("notify." + key, shown), M.en("notify." + key, shown), now));
        }
        return made;
    }

    /** One notification row, the only place they are written (append-only). */
    private static Notification persist(EntityManager em, Recipient to, NotificationKind kind, String ticketId,
            String talentId, String ticketNumber, String zh, String en, LocalDateTime at) {
        NotificationEntity e = new NotificationEntity();
        e.id = RecordIds.next();
        e.recipient = to.address();
        e.kind = kind;
        e.ticketId = ticketId;
        e.talentId = talentId;
        e.ticketNumber = ticketNumber;
        e.textZh = zh;
        e.textEn = en;
        e.createdAt = at;
        em.persist(e);
        return toDto(e, null);
    }

    @Override
    public void tellTalent(String talentId, String ticketNumber, Text text) {
        if (talentId == null || text == null || text.zh == null || text.en == null) {
            throw new IllegalArgumentException("a talent and a text in both languages are required");
        }
        List<Notification> made = database.jpa().txExpr(TransactionType.Required, em -> {
            TalentEntity talent = em.find(TalentEntity.class, talentId);
            if (talent == null || talent.account == null) {
                return List.<Notification>of();
            }
            return List.of(persist(em, Recipient.account(talent.account), NotificationKind.TRANSITION, null, talent.id, ticketNumber,
                    cut(text.zh), cut(text.en), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        });
        deliver(made);
    }

    private static String cut(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    /**
     * Hands committed notifications to the other channels on a thread of their own, so that a
     * slow channel never holds up the window; a failing channel is logged and skipped, and when
     * channels fall far behind, new deliveries are dropped (logged) rather than piling up.
     */
    public void deliver(List<Notification> notifications) {
        if (channels.isEmpty() || notifications.isEmpty()) {
            return;
        }
        try {
            delivery.execute(() -> {
                for (NotificationChannel c : channels) {
                    for (Notification n : notifications) {
                        try {
                            c.deliver(n);
                        } catch (RuntimeException e) {
                            LOG.warn("Notification channel {} failed for notification {}: {}", c.name(), n.id,
                                    e.getClass().getName());
                        }
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Notification channels are {} deliveries behind: {} notification(s) not handed over",
                    QUEUE, notifications.size());
        }
    }

    @Deactivate
    void stop() {
        delivery.shutdown();
    }

    /**
     * The addresses an actor reads: their account, their unit, and their roles in their
     * jurisdiction and every jurisdiction inside it (the city's window reads a county's).
     */
    List<String> addresses(Actor actor) {
        List<String> a = new ArrayList<>();
        a.add(Recipient.account(actor.account()).address());
        if (actor.has(Role.DEPARTMENT) && actor.unit() != null) {
            a.add(Recipient.unit(actor.unit()).address());
        }
        for (Role r : actor.roles()) {
            if (r == Role.WINDOW || r == Role.SUPERVISOR) {
                for (Jurisdiction j : jurisdictions.list()) {
                    if (jurisdictions.covers(actor.jurisdiction(), j.code)) {
                        a.add(Recipient.role(r.principalName(), j.code).address());
                    }
                }
            }
        }
        return a;
    }

    /**
     * Each reader reads for themselves: unread is what this actor has not marked read, also on a
     * notice addressed to their role or unit that a colleague has read (migration V010).
     */
    @Override
    public Page<Notification> list(Actor actor, boolean unreadOnly, int offset, int limit) {
        Access.require(actor, Role.values());
        Violations v = new Violations(M);
        v.page(offset, limit, 200);
        v.throwIfAny("QUERY_INVALID");
        List<String> addresses = addresses(actor);
        boolean talent = Access.isTalentOnly(actor);
        String where = " where n.recipient in :to" + (unreadOnly ? " and not exists (select r from"
                + " NotificationReadEntity r where r.notificationId = n.id and r.account = :me)" : "")
                + (talent ? " and " + OF_BOUND_TALENT : "");
        return database.jpa().txExpr(TransactionType.Required, em -> {
            TypedQuery<Long> count = em.createQuery(
                    "select count(n) from NotificationEntity n" + where, Long.class).setParameter("to", addresses);
            TypedQuery<NotificationEntity> page = em.createQuery("select n from NotificationEntity n"
                    + where + " order by n.createdAt desc, n.id", NotificationEntity.class).setParameter("to", addresses);
            if (unreadOnly || talent) {
                count.setParameter("me", actor.account());
                page.setParameter("me", actor.account());
            }
            List<NotificationEntity> found = page.setFirstResult(offset).setMaxResults(limit).getResultList();
            Map<String, LocalDateTime> read = new HashMap<>();
            if (!unreadOnly && !found.isEmpty()) {
                em.createQuery("select r from NotificationReadEntity r where r.account = :me"
                        + " and r.notificationId in :ids", NotificationReadEntity.class)
                        .setParameter("me", actor.account())
                        .setParameter("ids", found.stream().map(n -> n.id).toList())
                        .getResultList().forEach(r -> read.put(r.notificationId, r.readAt));
            }
            List<Notification> items = found.stream().map(n -> toDto(n, read.get(n.id))).toList();
            return new Page<>(items, count.getSingleResult(), offset, limit);
        });
    }

    /**
     * A talent's notices are addressed to their login; after the window binds the login to another
     * person, the first person's notices must not follow it. A notice belongs to the talent a login
     * is bound to now ({@code :me}) through its ticket, or, about no ticket, through the talent it
     * names (V016); an older notice about no ticket names none and still follows the login.
     */
    private static final String BOUND_TALENT = "(select p.id from TalentEntity p where p.account = :me)";
    private static final String OF_BOUND_TALENT = "(n.ticketId in (select t.id from TicketEntity t where t.talentId in "
            + BOUND_TALENT + ") or n.ticketId is null and (n.talentId is null or n.talentId in " + BOUND_TALENT + "))";

    /** Marks it read for this actor only; marking it again keeps the first time. */
    @Override
    public Notification markRead(String notificationId, Actor actor) {
        Access.require(actor, Role.values());
        List<String> addresses = addresses(actor);
        try {
            return Conflicts.translated(Map.of(), "READ_MEANWHILE", () -> markReadOnce(notificationId, actor, addresses));
        } catch (Refusal r) {
            if (!"READ_MEANWHILE".equals(r.code())) {
                throw r;
            }
            // The same reader marked it at the same moment (a double tap): it is read.
            return markReadOnce(notificationId, actor, addresses);
        }
    }

    private Notification markReadOnce(String notificationId, Actor actor, List<String> addresses) {
        return database.jpa().txExpr(TransactionType.Required, em -> {
            NotificationEntity e = notificationId == null ? null : em.find(NotificationEntity.class, notificationId);
            if (e == null || !addresses.contains(e.recipient) || Access.isTalentOnly(actor) && !em.createQuery(
                    "select count(n) from NotificationEntity n where n.id = :id and " + OF_BOUND_TALENT, Long.class)
                    .setParameter("id", e.id).setParameter("me", actor.account()).getSingleResult().equals(1L)) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "NOTIFICATION_NOT_FOUND");
            }
            NotificationReadEntity r = em.find(NotificationReadEntity.class,
                    new NotificationReadEntity.Key(e.id, actor.account()));
            if (r == null) {
                r = new NotificationReadEntity();
                r.notificationId = e.id;
                r.account = actor.account();
                r.readAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                em.persist(r);
                if (e.readAt == null) {
                    // The first reading by any of its readers, which the notification itself keeps.
                    e.readAt = r.readAt;
                }
                // A double tap's second insert fails here, inside the transaction, which then rolls back
                // cleanly; failing at commit instead leaves none to roll back and a warning in the log.
                em.flush();
            }
            return toDto(e, r.readAt);
        });
    }

    /** {@code readAt}: when the reader asking marked it read, null if they have not. */
    static Notification toDto(NotificationEntity e, LocalDateTime readAt) {
        Notification n = new Notification();
        n.id = e.id;
        n.recipient = e.recipient;
        n.kind = e.kind;
        n.ticketId = e.ticketId;
        n.ticketNumber = e.ticketNumber;
        n.textZh = e.textZh;
        n.textEn = e.textEn;
        n.createdAt = e.createdAt.toInstant(ZoneOffset.UTC);
        n.readAt = readAt == null ? null : readAt.toInstant(ZoneOffset.UTC);
        return n;
    }
}
