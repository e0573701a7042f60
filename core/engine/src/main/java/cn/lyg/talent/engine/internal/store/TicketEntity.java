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
            + " and t.submittedAt >= :since"),
    @NamedQuery(name = TicketEntity.OPEN_OF_TALENT, query = "select t.number, t.id from TicketEntity t where t.talentId = :talent"
            + " and t.serviceCode = :service and t.state in (cn.lyg.talent.api.window.TicketState.SUBMITTED,"
            + " cn.lyg.talent.api.window.TicketState.RETURNED, cn.lyg.talent.api.window.TicketState.ACCEPTED,"
            + " cn.lyg.talent.api.window.TicketState.DISPATCHED, cn.lyg.talent.api.window.TicketState.CONTACTED,"
            + " cn.lyg.talent.api.window.TicketState.RESOLVED)"
            + " order by t.submittedAt, t.number")
})
public class TicketEntity {
    /** A talent's tickets of a service still waiting for acceptance, submitted since {@code since}. */
    public static final String WAITING_OF_TALENT = "Ticket.waitingOfTalent";
    /**
     * The numbers and ids of a talent's tickets of a service not yet finished, oldest first. The unfinished
     * states are listed (not "not in" the finished ones) so that the database reads them through
     * IX_TICKET_STATE_TALENT (V020) instead of every ticket the talent ever had.
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
