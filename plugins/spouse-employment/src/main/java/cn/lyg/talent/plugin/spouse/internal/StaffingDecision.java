package cn.lyg.talent.plugin.spouse.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The staffing office's decision on "take in first, release later" (先进后出, Art.4.1) for one
 * ticket. Append-only: a later decision is a new row; the latest counts.
 */
@Entity
@Table(name = "SPOUSE_STAFFING_DECISION")
public class StaffingDecision {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "TICKET_ID", length = 36)
    public String ticketId;
    /** 1, 2, … per ticket: the order of the decisions, whatever the clock says. */
    @Column(name = "SEQ")
    public int sequence;
    @Column(name = "APPROVED")
    public boolean approved;
    @Column(name = "RECEIVING_UNIT", length = 200)
    public String receivingUnit;
    @Column(name = "NOTE", length = 1000)
    public String note;
    @Column(name = "DECIDED_BY", length = 100)
    public String decidedBy;
    @Column(name = "DECIDED_AT")
    public LocalDateTime decidedAt;
}
