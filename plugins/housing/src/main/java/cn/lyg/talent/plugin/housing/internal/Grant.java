package cn.lyg.talent.plugin.housing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One grant of housing support: the ledger's row. Rows are added, never changed or deleted. */
@Entity
@Table(name = "HOUSING_GRANT")
public class Grant {
    @Id
    @Column(name = "ID", length = 80)
    public String id;
    @Column(name = "TICKET_ID", length = 36)
    public String ticketId;
    @Column(name = "TICKET_NUMBER", length = 40)
    public String ticketNumber;
    @Column(name = "TALENT_ID", length = 36)
    public String talentId;
    @Column(name = "JURISDICTION", length = 12)
    public String jurisdiction;
    @Column(name = "SUPPORT_FORM", length = 30)
    public String form;
    /** Yuan: the voucher, or the monthly subsidy; 0 for housing in kind. */
    @Column(name = "AMOUNT")
    public long amount;
    @Column(name = "APARTMENT", length = 200)
    public String apartment;
    @Column(name = "START_DATE")
    public LocalDate start;
    @Column(name = "END_DATE")
    public LocalDate end;
    @Column(name = "GRANTED_BY", length = 100)
    public String grantedBy;
    @Column(name = "GRANTED_AT")
    public LocalDateTime grantedAt;
}
