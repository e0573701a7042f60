package cn.lyg.talent.plugin.housing.internal;

import static cn.lyg.talent.plugin.housing.internal.Texts.TEXTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

import javax.persistence.LockModeType;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Text;

/**
 * The ledger of housing grants (Art.4.3): who got what, when, how much — in the plugin's own
 * table on the platform's DataSource. Append-only; a grant is keyed by ticket and form, so the
 * same resolution asked again records nothing twice. Uninstalling the plugin keeps it.
 */
@Component(service = GrantLedger.class)
public class GrantLedger {
    private final JpaTemplate jpa;

    @Activate
    public GrantLedger(@Reference(target = "(osgi.jndi.service.name=talentdb)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=housing-ledger)") JpaTemplate jpa) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS HOUSING_GRANT (ID VARCHAR(80) NOT NULL PRIMARY KEY,"
                    + " TICKET_ID VARCHAR(36) NOT NULL, TICKET_NUMBER VARCHAR(40), TALENT_ID VARCHAR(36) NOT NULL,"
                    + " JURISDICTION VARCHAR(12) NOT NULL, SUPPORT_FORM VARCHAR(30) NOT NULL, AMOUNT BIGINT NOT NULL,"
                    + " APARTMENT VARCHAR(200), START_DATE DATE NOT NULL, END_DATE DATE, GRANTED_BY VARCHAR(100) NOT NULL,"
                    + " GRANTED_AT TIMESTAMP NOT NULL, CONSTRAINT UK_HOUSING_GRANT_FORM UNIQUE (TALENT_ID, SUPPORT_FORM))");
            st.execute("CREATE INDEX IF NOT EXISTS IX_HOUSING_GRANT_TALENT ON HOUSING_GRANT (TALENT_ID)");
        }
        this.jpa = jpa;
    }

    /**
     * Records the grants not yet recorded; returns what the ledger holds for the ticket.
     * {@code check} sees the talent's grants read under a lock on them and may refuse: two
     * resolutions for one talent at once are decided one after the other.
     */
    public List<Grant> record(List<Grant> grants, String ticketId,
            Function<List<Grant>, Refusal> check) {
        try {
            return recordOnce(grants, ticketId, check);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    // A form is granted to a talent once (Art.4.3 ledger): another ticket got there first.
                    Text why = TEXTS.text("failure.ALREADY_GRANTED");
                    throw Refusal.invalid("ALREADY_GRANTED", "form.forms", why.zh, why.en);
                }
            }
            throw e;
        }
    }

    private List<Grant> recordOnce(List<Grant> grants, String ticketId,
            Function<List<Grant>, Refusal> check) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!grants.isEmpty()) {
                List<Grant> had = em.createQuery("select g from Grant g where g.talentId = :t", Grant.class)
                        .setParameter("t", grants.get(0).talentId)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
                Refusal refused = check.apply(had);
                if (refused != null) {
                    throw refused;
                }
            }
            for (Grant g : grants) {
                g.id = ticketId + ":" + g.form;
                if (em.find(Grant.class, g.id) == null) {
                    em.persist(g);
                }
            }
            em.flush();
            return em.createQuery("select g from Grant g where g.ticketId = :t order by g.form", Grant.class)
                    .setParameter("t", ticketId).getResultList();
        });
    }

    /** Every grant a talent has had, oldest first. */
    public List<Grant> of(String talentId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select g from Grant g where g.talentId = :t order by g.grantedAt", Grant.class)
                .setParameter("t", talentId).getResultList());
    }
}
