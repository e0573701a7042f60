package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.ConfigurationRefusals;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.registry.PersonalNumbers;
import cn.lyg.talent.api.registry.Talent;

/**
 * The city's register of gold cards (Art.4.5), in the plugin's own tables on the platform's
 * DataSource (persistence unit {@code gold-card}). Cards, revocations and visits are only ever
 * added. Uninstalling the plugin leaves the tables and their rows.
 */
@Component(service = GoldCardRegister.class, configurationPid = GoldCardConfiguration.PID)
@Designate(ocd = GoldCardConfiguration.class)
public class GoldCardRegister {
    /** What a card number looks like: the scenic-visit form asks for the same. */
    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]{6,20}");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,6}");
    private static final Pattern UNIT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** What a gate is told about a card on a given day. */
    enum Status {
        VALID, EXPIRED, REVOKED, HOLDER_NOT_HIGH_LEVEL
    }

    /** A card with its revocation, if it has one. */
    record Card(GoldCard card, CardRevocation revocation) {
        /** Art.4.5 as far as the register knows: not revoked and within its validity on {@code day}. */
        Status status(LocalDate day) {
            if (revocation != null) {
                return Status.REVOKED;
            }
            return day.isAfter(card.validUntil) ? Status.EXPIRED : Status.VALID;
        }
    }

    private final JpaTemplate jpa;
    private final UnitDirectory units;
    private volatile ConfigurationRefusals refusals;
    /** The change refused last, until a later one is taken. */
    private volatile ConfigurationRefused refused;
    private volatile String prefix;
    private volatile int validityYears;
    private volatile String issuingUnit;

    @Activate
    public GoldCardRegister(GoldCardConfiguration config,
            @Reference(target = "(osgi.jndi.service.name=talentdb)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=gold-card)") JpaTemplate jpa, @Reference UnitDirectory units)
            throws SQLException {
        this.units = units;
        // A bad setting stops the component: catalog:problems names it with its file.
        take(config);
        createTables(dataSource);
        this.jpa = jpa;
    }

    /**
     * A new setting applies to the next card, without restarting the register: a restart would
     * take the handler and the rules away for a moment, and a resolution made then would issue
     * no card. A bad value is refused (SCR logs it with the PID and the key) and the last good
     * setting stays.
     */
    @Modified
    void configure(GoldCardConfiguration config) {
        try {
            take(config);
        } catch (ConfigurationRefused e) {
            // SCR only logs a modified method's exception: the county's operator would not learn
            // that the edit did not apply.
            refused = e;
            tell(r -> r.refused(e));
            throw e;
        } catch (RuntimeException e) {
            // A value not of its type (五年 for a number): the catalog lists that one itself, and the
            // refusal before it is no longer what is wrong with the file.
            clearRefusal();
            throw e;
        }
        clearRefusal();
    }

    private void clearRefusal() {
        if (refused != null) {
            refused = null;
            tell(r -> r.taken(GoldCardConfiguration.PID));
        }
    }

    private void tell(Consumer<ConfigurationRefusals> what) {
        ConfigurationRefusals r = refusals;
        if (r != null) {
            what.accept(r);
        }
    }

    /**
     * Optional and dynamic: a restart of the catalog must not restart the register, which would
     * read the refused file again and stop. A refusal still in force is told to the new one.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRefusals(ConfigurationRefusals r) {
        refusals = r;
        ConfigurationRefused still = refused;
        if (still != null) {
            r.refused(still);
        }
    }

    void unbindRefusals(ConfigurationRefusals r) {
        if (refusals == r) {
            refusals = null;
        }
    }

    private void take(GoldCardConfiguration config) {
        if (!PREFIX.matcher(config.numberPrefix()).matches()) {
            throw refused("numberPrefix", config.numberPrefix());
        }
        if (config.validityYears() < 1 || config.validityYears() > 10) {
            throw refused("validityYears", config.validityYears());
        }
        if (config.issuingUnit() == null || !UNIT.matcher(config.issuingUnit()).matches()) {
            throw refused("issuingUnit", config.issuingUnit());
        }
        if (units.get(config.issuingUnit()).isEmpty()) {
            // A unit no one has would hold every card at resolution, with a redirect to it refused.
            throw refused("issuingUnit.UNKNOWN", config.issuingUnit());
        }
        this.prefix = config.numberPrefix();
        this.validityYears = config.validityYears();
        this.issuingUnit = config.issuingUnit();
    }

    /** Art.9: a county's operator reads why in catalog:problems, in Chinese and English. */
    private static ConfigurationRefused refused(String key, Object value) {
        return new ConfigurationRefused(GoldCardConfiguration.PID, TEXTS.text("config.NOT_VALID." + key, value));
    }

    /** The unit whose resolution issues a card (Art.5). */
    String issuingUnit() {
        return issuingUnit;
    }

    /** Plain SQL that H2 and PostgreSQL both accept; the plugin owns these tables alone. */
    private static void createTables(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS GOLD_CARD (CARD_NUMBER VARCHAR(20) NOT NULL PRIMARY KEY,"
                    + " TALENT_ID VARCHAR(36) NOT NULL, HOLDER_NAME VARCHAR(100) NOT NULL, DOCUMENT_TAIL VARCHAR(4),"
                    + " JURISDICTION VARCHAR(12) NOT NULL, SOURCE VARCHAR(10) NOT NULL, TICKET_ID VARCHAR(36),"
                    + " TICKET_NUMBER VARCHAR(40), ISSUED_BY VARCHAR(100) NOT NULL, ISSUED_AT TIMESTAMP NOT NULL,"
                    + " VALID_UNTIL DATE NOT NULL, NOTE VARCHAR(200), CONSTRAINT UK_GOLD_CARD_TICKET UNIQUE (TICKET_ID))");
            st.execute("CREATE INDEX IF NOT EXISTS IX_GOLD_CARD_TALENT ON GOLD_CARD (TALENT_ID)");
            st.execute("CREATE TABLE IF NOT EXISTS GOLD_CARD_REVOCATION (CARD_NUMBER VARCHAR(20) NOT NULL PRIMARY KEY,"
                    + " REVOKED_BY VARCHAR(100) NOT NULL, REVOKED_AT TIMESTAMP NOT NULL, REASON VARCHAR(200) NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS GOLD_CARD_VISIT (ID VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " CARD_NUMBER VARCHAR(20) NOT NULL, SCENIC_AREA VARCHAR(40) NOT NULL, GATE VARCHAR(100) NOT NULL,"
                    + " VISITED_AT TIMESTAMP NOT NULL)");
            st.execute("CREATE INDEX IF NOT EXISTS IX_GOLD_CARD_VISIT_CARD ON GOLD_CARD_VISIT (CARD_NUMBER)");
            st.execute("CREATE TABLE IF NOT EXISTS GOLD_CARD_COUNTER (ISSUE_YEAR INTEGER NOT NULL PRIMARY KEY,"
                    + " LAST_NUMBER INTEGER NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS GOLD_CARD_HOLDER (TALENT_ID VARCHAR(36) NOT NULL PRIMARY KEY)");
            st.execute("CREATE TABLE IF NOT EXISTS GOLD_CARD_CHECK (ID VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " CARD_NUMBER VARCHAR(20) NOT NULL, CHECKED_BY VARCHAR(100) NOT NULL, CHECKED_AT TIMESTAMP NOT NULL,"
                    + " OUTCOME VARCHAR(30) NOT NULL)");
            // A look-up made to record a free visit names the scenic area (added after the first release).
            st.execute("ALTER TABLE GOLD_CARD_CHECK ADD COLUMN IF NOT EXISTS SCENIC_AREA VARCHAR(40)");
            st.execute("CREATE INDEX IF NOT EXISTS IX_GOLD_CARD_CHECK_BY ON GOLD_CARD_CHECK (CHECKED_BY, CHECKED_AT)");
            st.execute("CREATE INDEX IF NOT EXISTS IX_GOLD_CARD_CHECK_CARD ON GOLD_CARD_CHECK (CARD_NUMBER)");
        }
    }

    /** Times are stored as UTC (TIMESTAMP columns), as in core's tables. */
    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A stored UTC time where the city is. */
    static ZonedDateTime local(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).atZone(ZONE);
    }

    /** The number's form, then that it is no person's number; {@code field} is named in the refusal. */
    private static void checkNumber(String wanted, Talent holder, LocalDate today, String field) {
        if (!NUMBER.matcher(wanted).matches()) {
            throw Texts.refusal(Refusal.Kind.INVALID, "CARD_NUMBER", field);
        }
        if (PersonalNumbers.isPersonal(wanted, holder, today)) {
            throw Texts.refusal(Refusal.Kind.INVALID, "CARD_NUMBER_PERSONAL", field);
        }
    }

    static String normalized(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The card of a resolved gold-card ticket: the number HRSS gives ({@code given}, the number
     * printed on the card), or the register's next one. Asked again for the same ticket — a
     * transition may fail after its handler answered and be retried — it answers the same card,
     * and refuses another printed number rather than drop it. A holder's card in its last
     * {@value #RENEWAL_DAYS} days is replaced by the new one (revoked as renewed).
     */
    GoldCard issue(String ticketId, String ticketNumber, Talent holder, String jurisdiction, String issuedBy, Instant at,
            String given) {
        String wanted = normalized(given);
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        if (wanted != null) {
            checkNumber(wanted, holder, day, "values." + GoldCardIssuing.CARD_NUMBER);
        }
        return unique(wanted, "values." + GoldCardIssuing.CARD_NUMBER, () -> jpa.txExpr(TransactionType.Required, em -> {
            List<GoldCard> ofTicket = em.createQuery("select c from GoldCard c where c.ticketId = :t", GoldCard.class)
                    .setParameter("t", ticketId).getResultList();
            if (!ofTicket.isEmpty()) {
                GoldCard issued = ofTicket.get(0);
                if (wanted != null && !wanted.equals(issued.cardNumber)) {
                    throw Texts.refusal(Refusal.Kind.CONFLICT, "TICKET_HAS_CARD", "values." + GoldCardIssuing.CARD_NUMBER,
                            issued.cardNumber, wanted);
                }
                return issued;
            }
            List<GoldCard> renewed = heldCards(em, holder.id, day, true);
            String number = wanted != null ? wanted : next(em, day.getYear());
            for (GoldCard old : renewed) {
                em.persist(revocation(old.cardNumber, TEXTS.text("RENEWED", number).zh, issuedBy, at));
            }
            GoldCard card = card(number, holder, jurisdiction, issuedBy, at, day.plusYears(validityYears).minusDays(1));
            card.source = GoldCard.FROM_TICKET;
            card.ticketId = ticketId;
            card.ticketNumber = ticketNumber;
            return add(em, card, "values." + GoldCardIssuing.CARD_NUMBER);
        }));
    }

    /** A card issued before the platform or outside it, entered by HRSS or the talent office. */
    GoldCard record(String number, Talent holder, LocalDate validUntil, String by, Instant at, String note) {
        String wanted = normalized(number);
        if (wanted == null) {
            throw Texts.refusal(Refusal.Kind.INVALID, "CARD_NUMBER", "cardNumber");
        }
        LocalDate today = LocalDate.ofInstant(at, ZONE);
        checkNumber(wanted, holder, today, "cardNumber");
        if (validUntil == null || !validUntil.isAfter(today) || validUntil.isAfter(today.plusYears(10))) {
            throw Texts.refusal(Refusal.Kind.INVALID, "VALID_UNTIL", "validUntil");
        }
        return unique(wanted, "cardNumber", () -> jpa.txExpr(TransactionType.Required, em -> {
            heldCards(em, holder.id, today, false);
            GoldCard card = card(wanted, holder, holder.jurisdiction, by, at, validUntil);
            card.source = GoldCard.RECORDED;
            card.note = note;
            return add(em, card, "cardNumber");
        }));
    }

    private static GoldCard card(String number, Talent holder, String jurisdiction, String by, Instant at, LocalDate validUntil) {
        GoldCard card = new GoldCard();
        card.cardNumber = number;
        card.talentId = holder.id;
        card.holderName = holder.name;
        String document = holder.document == null ? null : holder.document.number;
        card.documentTail = document == null ? null : tail(document);
        card.jurisdiction = jurisdiction;
        card.issuedBy = by;
        card.issuedAt = utc(at);
        card.validUntil = validUntil;
        return card;
    }

    /**
     * What a gate compares with the person: the last four characters of an 18-character resident
     * identity number, fewer of a shorter passport or permit number, as the registry's lists show.
     */
    static String tail(String document) {
        int keep = document.length() >= 15 ? 4 : document.length() >= 8 ? 2 : 1;
        return document.substring(Math.max(0, document.length() - keep));
    }

    private static GoldCard add(EntityManager em, GoldCard card, String field) {
        if (em.find(GoldCard.class, card.cardNumber) != null) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "CARD_TAKEN", field, card.cardNumber);
        }
        em.persist(card);
        em.flush();
        return card;
    }

    /** The next number of the year, under a lock on the year's counter row. */
    private String next(EntityManager em, int year) {
        CardCounter counter = em.find(CardCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // The first card of the year; two at once collide on the key and the loser is retried.
            counter = new CardCounter();
            counter.year = year;
            em.persist(counter);
        }
        String number;
        do {
            // A number recorded by hand or given by HRSS may already sit in the register's range.
            counter.last++;
            number = String.format(Locale.ROOT, "%s%d%06d", prefix, year, counter.last);
        } while (em.find(GoldCard.class, number) != null);
        em.flush();
        return number;
    }

    /** A card may be renewed in its last days of validity, the new one replacing it. */
    static final int RENEWAL_DAYS = 90;

    /**
     * One usable card per holder: a lost or replaced card is revoked before another is issued,
     * so a gate never sees two valid cards of one person. Locks the holder's row first, so two
     * cards for one holder at the same moment are decided one after the other. Answers the
     * holder's usable cards a new card renews (in their last {@value #RENEWAL_DAYS} days) when
     * {@code renewing}, and refuses any other usable card.
     */
    private static List<GoldCard> heldCards(EntityManager em, String talentId, LocalDate day, boolean renewing) {
        if (em.find(CardHolder.class, talentId, LockModeType.PESSIMISTIC_WRITE) == null) {
            // The holder's first card: two at once collide on the key and the loser is retried.
            CardHolder h = new CardHolder();
            h.talentId = talentId;
            em.persist(h);
            em.flush();
        }
        List<GoldCard> renewed = new ArrayList<>();
        for (GoldCard held : em.createQuery("select c from GoldCard c where c.talentId = :t", GoldCard.class)
                .setParameter("t", talentId).getResultList()) {
            if (day.isAfter(held.validUntil) || em.find(CardRevocation.class, held.cardNumber) != null) {
                continue;
            }
            if (!renewing || !inRenewal(held.validUntil, day)) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "GOLD_CARD_HELD", null, held.cardNumber, held.validUntil.toString());
            }
            renewed.add(held);
        }
        return renewed;
    }

    /**
     * The card of {@code talentId} usable on {@code day} that stands in the way of a new one: not
     * revoked, within its validity and not yet in its last {@value #RENEWAL_DAYS} days.
     */
    Optional<Card> blockingCard(String talentId, LocalDate day) {
        return ofTalent(talentId).stream().filter(c -> c.status(day) == Status.VALID)
                .filter(c -> !inRenewal(c.card().validUntil, day)).findFirst();
    }

    /** Whether a card valid until {@code validUntil} may be renewed on {@code day}. */
    private static boolean inRenewal(LocalDate validUntil, LocalDate day) {
        return !validUntil.isAfter(day.plusDays(RENEWAL_DAYS));
    }


    /**
     * Runs {@code insert} again when it lost a race on a key (a number, the year's first counter
     * row, the holder's first row, the ticket's card): the next try sees what the winner wrote and
     * answers from it (the same card for the same ticket, CARD_TAKEN for a number given twice).
     */
    private static GoldCard unique(String given, String field, Supplier<GoldCard> insert) {
        for (int attempt = 1;; attempt++) {
            try {
                return insert.get();
            } catch (RuntimeException e) {
                if (!isKeyViolation(e)) {
                    throw e;
                }
                if (attempt == 3) {
                    throw given != null ? Texts.refusal(Refusal.Kind.CONFLICT, "CARD_TAKEN", field, given) : e;
                }
            }
        }
    }

    private static boolean isKeyViolation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            // 23505: a unique key (H2 and PostgreSQL); other integrity errors are not races.
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    Optional<Card> find(String number) {
        String n = normalized(number);
        if (n == null || !NUMBER.matcher(n).matches()) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(GoldCard.class, n))
                .map(c -> new Card(c, em.find(CardRevocation.class, n))));
    }

    List<Card> ofTalent(String talentId) {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select c from GoldCard c where c.talentId = :t order by c.issuedAt", GoldCard.class)
                .setParameter("t", talentId).getResultList().stream()
                .map(c -> new Card(c, em.find(CardRevocation.class, c.cardNumber))).toList());
    }

    private static CardRevocation revocation(String cardNumber, String reason, String by, Instant at) {
        CardRevocation rev = new CardRevocation();
        rev.cardNumber = cardNumber;
        rev.reason = reason;
        rev.revokedBy = by;
        rev.revokedAt = utc(at);
        return rev;
    }

    /** Withdraws a card for good (lost, replaced, issued by mistake); the reason is kept. */
    CardRevocation revoke(String number, String reason, String by, Instant at) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 200) {
            throw Texts.refusal(Refusal.Kind.INVALID, "REASON_REQUIRED", "reason");
        }
        Card card = find(number).orElseThrow(() -> Texts.refusal(Refusal.Kind.NOT_FOUND, "GOLD_CARD_NOT_FOUND", "cardNumber"));
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                // The card's row is locked as by a visit: a visit after the revocation sees it.
                em.find(GoldCard.class, card.card().cardNumber, LockModeType.PESSIMISTIC_WRITE);
                if (em.find(CardRevocation.class, card.card().cardNumber) != null) {
                    throw Texts.refusal(Refusal.Kind.CONFLICT, "ALREADY_REVOKED", "cardNumber", card.card().cardNumber);
                }
                CardRevocation rev = revocation(card.card().cardNumber, r, by, at);
                em.persist(rev);
                em.flush();
                return rev;
            });
        } catch (RuntimeException e) {
            if (isKeyViolation(e)) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "ALREADY_REVOKED", "cardNumber", card.card().cardNumber);
            }
            throw e;
        }
    }

    /** A card a gate may not let in on, with why (revoked, expired, the holder no longer high-level). */
    static Refusal notValid(String cardNumber, Status status) {
        Text why = TEXTS.text("status." + status);
        return Texts.refusal(Refusal.Kind.CONFLICT, "GOLD_CARD_NOT_VALID", null, cardNumber, why.zh, why.en);
    }

    /**
     * Records a free visit; the caller has checked the card is valid today. One per scenic area
     * and day: a second tap at the gate is refused, not counted twice (the card's row is locked
     * so two taps at once are taken one after the other).
     */
    CardVisit visit(String number, String scenicArea, String gate, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        LocalDateTime dayStarts = utc(day.atStartOfDay(ZONE).toInstant());
        return jpa.txExpr(TransactionType.Required, em -> {
            em.find(GoldCard.class, normalized(number), LockModeType.PESSIMISTIC_WRITE);
            if (em.find(CardRevocation.class, normalized(number)) != null) {
                // Revoked since the caller looked: the lock orders the two.
                throw notValid(normalized(number), Status.REVOKED);
            }
            List<CardVisit> today = em.createQuery("select v from CardVisit v where v.cardNumber = :n and v.scenicArea = :a"
                    + " and v.visitedAt >= :from and v.visitedAt < :to", CardVisit.class).setParameter("n", normalized(number))
                    .setParameter("a", scenicArea).setParameter("from", dayStarts).setParameter("to", dayStarts.plusDays(1))
                    .getResultList();
            if (!today.isEmpty()) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "VISIT_ALREADY_RECORDED", null, normalized(number),
                        local(today.get(0).visitedAt).toLocalTime().withNano(0).toString());
            }
            CardVisit v = new CardVisit();
            v.id = UUID.randomUUID().toString();
            v.cardNumber = normalized(number);
            v.scenicArea = scenicArea;
            v.gate = gate;
            v.visitedAt = utc(at);
            em.persist(v);
            return v;
        });
    }

    /**
     * Keeps a look-up of {@code asked} by {@code by}, with what they were told ({@code outcome}: a
     * card's status, or {@link CardCheck#NOT_FOUND}) and, for a look-up made to record a free
     * visit, the scenic area (null for a plain look-up). A card's number is kept as asked; one
     * that named no card only by its ends ({@link CardCheck#masked}), since it may be a person's
     * identity or phone number typed into the wrong box. Its ends and the count of such look-ups
     * still show someone trying numbers.
     */
    void checked(String asked, String by, Instant at, String outcome, String scenicArea) {
        String number = normalized(asked);
        number = number == null ? "" : number.length() > 20 ? number.substring(0, 20) : number;
        CardCheck c = new CardCheck();
        c.id = UUID.randomUUID().toString();
        c.cardNumber = CardCheck.NOT_FOUND.equals(outcome) ? CardCheck.masked(number) : number;
        c.checkedBy = by;
        c.checkedAt = utc(at);
        c.outcome = outcome;
        c.scenicArea = scenicArea;
        jpa.tx(TransactionType.Required, em -> em.persist(c));
    }

    /**
     * The look-ups by {@code by} of {@code number} (either null for any), newest first, a page of
     * them. A number that named no card is kept by its ends only, so it is looked for that way too.
     */
    Page<CardCheck> checks(String by, String number, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (by != null) {
            where.append(" and c.checkedBy = :by");
        }
        if (number != null) {
            where.append(" and (c.cardNumber = :n or c.outcome = '" + CardCheck.NOT_FOUND + "' and c.cardNumber = :masked)");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            var q = em.createQuery("select c from CardCheck c" + where + " order by c.checkedAt desc, c.id", CardCheck.class);
            var count = em.createQuery("select count(c) from CardCheck c" + where, Long.class);
            if (by != null) {
                q.setParameter("by", by);
                count.setParameter("by", by);
            }
            if (number != null) {
                String n = normalized(number);
                String masked = CardCheck.masked(n.length() > 20 ? n.substring(0, 20) : n);
                q.setParameter("n", n).setParameter("masked", masked);
                count.setParameter("n", n).setParameter("masked", masked);
            }
            return new Page<>(q.setFirstResult(offset).setMaxResults(limit).getResultList(),
                    count.getSingleResult(), offset, limit);
        });
    }

    List<CardVisit> visits(String number) {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select v from CardVisit v where v.cardNumber = :n order by v.visitedAt", CardVisit.class)
                .setParameter("n", normalized(number)).getResultList());
    }
}
