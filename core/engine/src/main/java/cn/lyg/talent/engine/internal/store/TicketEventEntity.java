package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketState;

/** Append-only history of a ticket: persisted once, never updated or deleted. */
@Entity
@Table(name = "TICKET_EVENT")
@NamedQuery(name = TicketEventEntity.OF_TICKET, query = "select e from TicketEventEntity e where e.ticketId = :id"
        + " order by e.sequence")
public class TicketEventEntity {
    /** A ticket's history in order ({@code id}: the ticket). */
    public static final String OF_TICKET = "TicketEvent.ofTicket";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "SEQ")
    public int sequence;
    @Column(name = "RECORDED_AT")
    public LocalDateTime at;
    @Column(name = "ACTOR")
    public String actor;
    /** The actor's party: TALENT, WINDOW, UNIT:<code>, OFFICE, ADMIN; null before V014. */
    @Column(name = "ACTOR_PARTY")
    public String party;
    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION")
    public TicketAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATE")
    public TicketState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATE")
    public TicketState toState;
    @Column(name = "UNIT_CODE")
    public String unit;
    @Column(name = "COMMENT_TEXT")
    public String comment;
    /** The comment in English where the platform composed part of it (V017); null otherwise and in older rows. */
    @Column(name = "COMMENT_EN")
    public String commentEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STEP")
    public Step step;
    @Column(name = "DUE_AT")
    public LocalDateTime dueAt;
    @Column(name = "LATE")
    public boolean late;
}
