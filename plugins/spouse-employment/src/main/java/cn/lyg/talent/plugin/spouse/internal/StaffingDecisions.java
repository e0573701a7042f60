package cn.lyg.talent.plugin.spouse.internal;

import static cn.lyg.talent.plugin.spouse.internal.Texts.TEXTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.catalog.ConfigurationRefused;

/** The staffing office's decisions (Art.4.1 先进后出), in the plugin's own table. */
@Component(service = StaffingDecisions.class, configurationPid = SpouseEmploymentConfiguration.PID)
@Designate(ocd = SpouseEmploymentConfiguration.class)
public class StaffingDecisions {
    private final JpaTemplate jpa;
    private final Clock clock;
    private final String staffingOfficeUnit;

    @Activate
    public StaffingDecisions(SpouseEmploymentConfiguration config,
            @Reference(target = "(osgi.jndi.service.name=talentdb)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=spouse-employment)") JpaTemplate jpa,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS SPOUSE_STAFFING_DECISION (ID VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " TICKET_ID VARCHAR(36) NOT NULL, SEQ INTEGER NOT NULL, APPROVED BOOLEAN NOT NULL, RECEIVING_UNIT VARCHAR(200) NOT NULL,"
                    + " NOTE VARCHAR(1000), DECIDED_BY VARCHAR(100) NOT NULL, DECIDED_AT TIMESTAMP NOT NULL,"
                    + " CONSTRAINT UK_SPOUSE_STAFFING_SEQ UNIQUE (TICKET_ID, SEQ))");
            st.execute("CREATE INDEX IF NOT EXISTS IX_SPOUSE_STAFFING_TICKET ON SPOUSE_STAFFING_DECISION (TICKET_ID)");
        }
        if (!config.staffingOfficeUnit().strip().matches("[A-Z][A-Z0-9_]{0,39}")) {
            // Art.9: a county's operator reads why in catalog:problems, in Chinese and English.
            throw new ConfigurationRefused(SpouseEmploymentConfiguration.PID,
                    TEXTS.text("config.NOT_VALID.staffingOfficeUnit", config.staffingOfficeUnit()));
        }
        this.jpa = jpa;
        this.clock = clock;
        this.staffingOfficeUnit = config.staffingOfficeUnit().strip();
    }

    /** The unit whose department accounts decide (configuration). */
    public String staffingOfficeUnit() {
        return staffingOfficeUnit;
    }

    public StaffingDecision decide(String ticketId, boolean approved, String receivingUnit, String note, String by) {
        StaffingDecision d = new StaffingDecision();
        d.id = UUID.randomUUID().toString();
        d.ticketId = ticketId;
        d.approved = approved;
        d.receivingUnit = receivingUnit;
        d.note = note;
        d.decidedBy = by;
        d.decidedAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jpa.tx(TransactionType.Required, em -> {
            // Two decisions on one ticket at the same moment: the unique key refuses the second.
            Number last = em.createQuery("select max(x.sequence) from StaffingDecision x where x.ticketId = :t", Number.class)
                    .setParameter("t", ticketId).getSingleResult();
            d.sequence = last == null ? 1 : last.intValue() + 1;
            em.persist(d);
        });
        return d;
    }

    public List<StaffingDecision> of(String ticketId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select d from StaffingDecision d where d.ticketId = :t order by d.sequence", StaffingDecision.class)
                .setParameter("t", ticketId).getResultList());
    }

    /** The decision in force: the latest. */
    public Optional<StaffingDecision> latest(String ticketId) {
        List<StaffingDecision> all = of(ticketId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
