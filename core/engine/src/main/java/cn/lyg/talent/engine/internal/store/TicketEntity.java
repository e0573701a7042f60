package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.NamedQueries;
import javax.persistence.NamedNativeQuery;
import javax.persistence.NamedQuery;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import cn.lyg.talent.api.window.Channel;
import cn.lyg.talent.api.window.TicketState;

@Entity
@Table(name = "TICKET")
@NamedQueries({
    @NamedQuery(name = TicketEntity.ID_OF_NUMBER, query = "select t.id from TicketEntity t where t.number = :number"),
    @NamedQuery(name = TicketEntity.WAITING_OF_TALENT, query = "select t from TicketEntity t where t.talentId = :talent"
            + " and t.serviceCode = :service and t.state = cn.lyg.talent.api.window.TicketState.SUBMITTED"
            + " and t.submittedAt >= :since")
})
// One equality look-up per unfinished state, so that each reads the talent's own requests through
// IX_TICKET_STATE_TALENT (V020): with "STATE IN (...)" H2 uses only an index's first column and
// reads every unfinished request in the city. The unfinished states are listed as TicketState
// names them (TicketQueriesTest checks the list). Standard SQL, for H2 and PostgreSQL alike.
@NamedNativeQuery(name = TicketEntity.OPEN_OF_TALENT, query = "SELECT t.NUMBER_TEXT, v.FIELD_NAME, v.VALUE_TEXT"
        + " FROM (SELECT ID, NUMBER_TEXT, SUBMITTED_AT FROM TICKET WHERE TALENT_ID = ?1 AND SERVICE_CODE = ?2 AND STATE = 'SUBMITTED'"
        + " UNION ALL SELECT ID, NUMBER_TEXT, SUBMITTED_AT FROM TICKET WHERE TALENT_ID = ?1 AND SERVICE_CODE = ?2 AND STATE = 'RETURNED'"
        + " UNION ALL SELECT ID, NUMBER_TEXT, SUBMITTED_AT FROM TICKET WHERE TALENT_ID = ?1 AND SERVICE_CODE = ?2 AND STATE = 'ACCEPTED'"
        + " UNION ALL SELECT ID, NUMBER_TEXT, SUBMITTED_AT FROM TICKET WHERE TALENT_ID = ?1 AND SERVICE_CODE = ?2 AND STATE = 'DISPATCHED'"
        + " UNION ALL SELECT ID, NUMBER_TEXT, SUBMITTED_AT FROM TICKET WHERE TALENT_ID = ?1 AND SERVICE_CODE = ?2 AND STATE = 'CONTACTED'"
        + " UNION ALL SELECT ID, NUMBER_TEXT, SUBMITTED_AT FROM TICKET WHERE TALENT_ID = ?1 AND SERVICE_CODE = ?2 AND STATE = 'RESOLVED') t"
        + " LEFT JOIN TICKET_FORM_VALUE v ON v.TICKET_ID = t.ID"
        + " ORDER BY t.SUBMITTED_AT, t.NUMBER_TEXT, v.FIELD_NAME, v.ORDINAL")
public class TicketEntity {
    /** A talent's tickets of a service still waiting for acceptance, submitted since {@code since}. */
    public static final String WAITING_OF_TALENT = "Ticket.waitingOfTalent";
    /**
     * A talent's tickets of a service not yet finished, oldest first, with their form values:
     * number, field, value (field and value null for a ticket without a form), in one read.
     * Scalars, so that the transaction does not track (and compare at commit) rows it only reads.
     * Parameters: 1 the talent, 2 the service.
     */
    public static final String OPEN_OF_TALENT = "Ticket.openOfTalent";
    /** The id of the ticket with a number ({@code number}). */
    public static final String ID_OF_NUMBER = "Ticket.idOfNumber";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "NUMBER_TEXT")
    public String number;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "SERVICE_CODE")
    public String serviceCode;
    @Column(name = "PROVIDER_BUNDLE")
    public String providerBundle;
    @Column(name = "PROVIDER_VERSION")
    public String providerVersion;
    @Column(name = "SERVICE_ORIGIN")
    public String serviceOrigin;
    /** The service's name when the ticket was submitted (V013); null for older tickets. */
    @Column(name = "SERVICE_NAME_ZH")
    public String serviceNameZh;
    @Column(name = "SERVICE_NAME_EN")
    public String serviceNameEn;
    @Column(name = "JURISDICTION")
    public String jurisdiction;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL")
    public Channel channel;
    @Column(name = "DESCRIPTION")
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE")
    public TicketState state;
    @Column(name = "UNIT_CODE")
    public String unit;
    @Column(name = "REPLY")
    public String reply;
    @Column(name = "SUBMITTED_AT")
    public LocalDateTime submittedAt;
    @Column(name = "SUBMITTED_BY")
    public String submittedBy;
    @Column(name = "UPDATED_AT")
    public LocalDateTime updatedAt;
    @Version
    @Column(name = "VERSION")
    public long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "TICKET_ID", nullable = false)
    @OrderBy("openedAt")
    public List<TicketStepEntity> steps = new ArrayList<>();
}
