package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Text;

/**
 * The plugin's own data (Art.4.4) in its own persistence unit on the platform's DataSource:
 * assignments, examination bookings, the personal health record and who read it, recuperation
 * seats. Every write is keyed by the ticket, so a handler asked again records nothing twice.
 */
@Component(service = MedicalRecords.class)
public class MedicalRecords {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public MedicalRecords(@Reference(target = "(osgi.jndi.service.name=talentdb)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=medical-care)") JpaTemplate jpa,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String ddl : Entities.DDL) {
                st.execute(ddl);
            }
        }
        this.jpa = jpa;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // ---- the annual examination (one per talent per calendar year) ----

    Optional<ExamBooking> activeExam(String talentId, int year) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select b from ExamBooking b where b.activeKey = :k", ExamBooking.class)
                .setParameter("k", talentId + "|" + year).getResultList().stream().findFirst());
    }

    /** Books the year's examination for the ticket, or refuses when the talent has another this year. */
    ExamBooking bookExam(String ticketId, String talentId, LocalDate date, String hospital) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                ExamBooking mine = em.find(ExamBooking.class, ticketId);
                if (mine != null && mine.activeKey != null) {
                    return mine;
                }
                ExamBooking b = mine != null ? mine : new ExamBooking();
                b.ticketId = ticketId;
                b.talentId = talentId;
                b.year = date.getYear();
                b.date = date;
                b.hospital = hospital;
                b.activeKey = talentId + "|" + date.getYear();
                b.bookedAt = now();
                b.cancelledAt = null;
                if (mine == null) {
                    em.persist(b);
                }
                em.flush();
                return b;
            });
        } catch (RuntimeException e) {
            if (!conflict(e)) {
                throw e;
            }
            // The unique key: another booking of this talent for the year got there first.
            throw MedicalCare.refusal("EXAM_ALREADY_BOOKED", "examDate");
        }
    }

    /** Cancels the ticket's standing booking; the booking cancelled, if there was one. */
    Optional<ExamBooking> cancelExam(String ticketId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ExamBooking b = em.find(ExamBooking.class, ticketId);
            if (b == null || b.activeKey == null) {
                return Optional.empty();
            }
            b.activeKey = null;
            b.cancelledAt = now();
            return Optional.of(b);
        });
    }

    /** The tickets holding a standing examination booking or recuperation place. */
    List<String> standing() {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<String> held = new ArrayList<>(em.createQuery(
                    "select b.ticketId from ExamBooking b where b.activeKey is not null", String.class).getResultList());
            held.addAll(em.createQuery("select s.ticketId from SessionSeat s where s.seatKey is not null", String.class)
                    .getResultList());
            return held;
        });
    }

    // ---- recuperation seats (capacity enforced by unique seat numbers) ----

    long seatsTaken(String session) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select count(s) from SessionSeat s where s.session = :s and s.seatKey is not null", Long.class)
                .setParameter("s", session).getSingleResult());
    }

    boolean hasSeat(String talentId, String session) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery(
                "select s from SessionSeat s where s.session = :s and s.talentId = :t and s.seatKey is not null", SessionSeat.class)
                .setParameter("s", session).setParameter("t", talentId).getResultList().isEmpty());
    }

    /** Takes the lowest free seat, or refuses when the session is full. */
    SessionSeat takeSeat(String ticketId, String talentId, MedicalDirectory.Session session) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return jpa.txExpr(TransactionType.Required, em -> seat(em, ticketId, talentId, session));
            } catch (RuntimeException e) {
                if (!conflict(e)) {
                    throw e;
                }
                // Someone took the same seat at the same moment: look again.
            }
        }
        throw full();
    }

    private SessionSeat seat(EntityManager em, String ticketId, String talentId, MedicalDirectory.Session session) {
        SessionSeat mine = em.find(SessionSeat.class, ticketId);
        if (mine != null && mine.seatKey != null) {
            return mine;
        }
        if (!em.createQuery("select s from SessionSeat s where s.session = :s and s.talentId = :t and s.seatKey is not null"
                + " and s.ticketId <> :me", SessionSeat.class).setParameter("s", session.key()).setParameter("t", talentId)
                .setParameter("me", ticketId).getResultList().isEmpty()) {
            throw MedicalCare.refusal("ALREADY_SIGNED_UP", "session");
        }
        List<String> taken = em.createQuery("select s.seatKey from SessionSeat s where s.session = :s and s.seatKey is not null",
                String.class).setParameter("s", session.key()).getResultList();
        for (int n = 1; n <= session.capacity(); n++) {
            String key = session.key() + "|" + n;
            if (!taken.contains(key)) {
                SessionSeat s = mine != null ? mine : new SessionSeat();
                s.ticketId = ticketId;
                s.talentId = talentId;
                s.session = session.key();
                s.seatKey = key;
                s.takenAt = now();
                s.cancelledAt = null;
                if (mine == null) {
                    em.persist(s);
                }
                em.flush();
                return s;
            }
        }
        throw full();
    }

    /** A unique-key violation somewhere in the causes (Aries JPA may wrap what EclipseLink threw). */
    static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static Refusal full() {
        return MedicalCare.refusal("SESSION_FULL", "session");
    }

    /** Gives the ticket's seat back; the seat given back, if it held one. */
    Optional<SessionSeat> cancelSeat(String ticketId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionSeat s = em.find(SessionSeat.class, ticketId);
            if (s == null || s.seatKey == null) {
                return Optional.empty();
            }
            s.seatKey = null;
            s.cancelledAt = now();
            return Optional.of(s);
        });
    }

    // ---- assignment and the health record ----

    Assignment assign(String ticketId, String talentId, String hospital, String officer, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Assignment> mine = em.createQuery("select a from Assignment a where a.ticketId = :t", Assignment.class)
                    .setParameter("t", ticketId).getResultList();
            if (!mine.isEmpty()) {
                return mine.get(0);
            }
            Assignment a = new Assignment();
            a.id = UUID.randomUUID().toString();
            a.ticketId = ticketId;
            a.talentId = talentId;
            a.hospital = hospital;
            a.officer = officer;
            a.assignedBy = by;
            a.assignedAt = now();
            em.persist(a);
            return a;
        });
    }

    Optional<Assignment> assignment(String talentId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select a from Assignment a where a.talentId = :t order by a.assignedAt desc, a.id", Assignment.class)
                .setParameter("t", talentId).setMaxResults(1).getResultList().stream().findFirst());
    }

    HealthRecordEntry note(String ticketId, String talentId, String talentAccount, String talentJurisdiction, ExamBooking exam,
            String results, String by) {
        return jpa.txExpr(TransactionType.Required, em -> noted(em, ticketId).orElseGet(
                () -> note(em, ticketId, talentId, talentAccount, talentJurisdiction, exam, results, by)));
    }

    private static Optional<HealthRecordEntry> noted(EntityManager em, String ticketId) {
        return em.createQuery("select r from HealthRecordEntry r where r.ticketId = :t", HealthRecordEntry.class)
                .setParameter("t", ticketId).getResultList().stream().findFirst();
    }

    private HealthRecordEntry note(EntityManager em, String ticketId, String talentId, String talentAccount,
            String talentJurisdiction, ExamBooking exam, String results, String by) {
        HealthRecordEntry r = new HealthRecordEntry();
        r.id = UUID.randomUUID().toString();
        r.ticketId = ticketId;
        r.talentId = talentId;
        r.talentAccount = talentAccount;
        r.talentJurisdiction = talentJurisdiction;
        r.examDate = exam.date;
        r.hospital = exam.hospital;
        r.results = results;
        r.recordedBy = by;
        r.recordedAt = now();
        em.persist(r);
        return r;
    }

    /** The request was completed before the examination: its results are noted later, into this talent's record. */
    void awaitResults(String ticketId, String talentAccount, String talentJurisdiction) {
        jpa.tx(TransactionType.Required, em -> {
            ExamBooking b = em.find(ExamBooking.class, ticketId);
            b.resultsForAccount = talentAccount;
            b.resultsForJurisdiction = talentJurisdiction;
        });
    }

    /**
     * The results of an examination whose request was completed before it took place, noted by
     * health staff once it has: refused when there is no such examination, it is still ahead,
     * or its results are already in the record (the record is append-only).
     */
    HealthRecordEntry noteResults(String ticketId, String results, String by, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ExamBooking exam = em.find(ExamBooking.class, ticketId);
            if (exam == null || exam.activeKey == null || exam.resultsForJurisdiction == null) {
                throw notAwaitingResults();
            }
            if (exam.date.isAfter(today)) {
                throw MedicalCare.invalid("EXAM_NOT_YET_HELD", MedicalCare.RESULTS, exam.date);
            }
            if (noted(em, ticketId).isPresent()) {
                Text why = TEXTS.text("failure.RESULTS_ALREADY_NOTED", exam.date);
                throw new Refusal(Refusal.Kind.CONFLICT, "RESULTS_ALREADY_NOTED", why.zh, why.en, List.of());
            }
            return note(em, ticketId, exam.talentId, exam.resultsForAccount, exam.resultsForJurisdiction, exam, results, by);
        });
    }

    static Refusal notAwaitingResults() {
        Text why = TEXTS.text("failure.EXAM_NOT_AWAITING_RESULTS");
        return new Refusal(Refusal.Kind.NOT_FOUND, "EXAM_NOT_AWAITING_RESULTS", why.zh, why.en, List.of());
    }

    Optional<ExamBooking> exam(String ticketId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ExamBooking.class, ticketId)));
    }

    /** The record, with the read written down in the same transaction: no read goes unaudited. */
    List<HealthRecordEntry> read(String talentId, String reader, String readerRole) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RecordRead r = new RecordRead();
            r.id = UUID.randomUUID().toString();
            r.talentId = talentId;
            r.reader = reader;
            r.readerRole = readerRole;
            r.readAt = now();
            em.persist(r);
            return em.createQuery("select e from HealthRecordEntry e where e.talentId = :t order by e.examDate", HealthRecordEntry.class)
                    .setParameter("t", talentId).getResultList();
        });
    }

    /** The jurisdiction of the talent as the record knows it (the latest examination's). */
    Optional<String> talentJurisdiction(String talentId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select e.talentJurisdiction from HealthRecordEntry e where e.talentId = :t order by e.recordedAt desc", String.class)
                .setParameter("t", talentId).setMaxResults(1).getResultList().stream().findFirst());
    }

    List<RecordRead> reads(String talentId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r from RecordRead r where r.talentId = :t order by r.readAt", RecordRead.class)
                .setParameter("t", talentId).getResultList());
    }
}
