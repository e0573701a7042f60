package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import cn.lyg.talent.api.window.TicketAction;

/** Append-only: rows are inserted, never updated or deleted. */
@Entity
@Table(name = "TICKET_OUTCOME")
@NamedQuery(name = TicketOutcomeEntity.OF_TICKET, query = "select o from TicketOutcomeEntity o where o.ticketId = :id"
        + " order by o.at, o.id")
public class TicketOutcomeEntity {
    /** What plugins recorded on a ticket, in order ({@code id}: the ticket). */
    public static final String OF_TICKET = "TicketOutcome.ofTicket";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "RECORDED_AT")
    public LocalDateTime at;
    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION")
    public TicketAction action;
    @Column(name = "PLUGIN")
    public String plugin;
    @Column(name = "FAILURE")
    public boolean failure;
    @Column(name = "SUMMARY_ZH")
    public String summaryZh;
    @Column(name = "SUMMARY_EN")
    public String summaryEn;
    /** Values as {@code java.util.Properties} text. */
    @Column(name = "VALUES_TEXT")
    public String values;
}
