package cn.lyg.talent.example.donghai.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One gold card Donghai issued: the county's card register. Rows are added, never changed. */
@Entity
@Table(name = "DONGHAI_GOLD_CARD")
public class IssuedCard {
    @Id
    @Column(name = "CARD_NUMBER", length = 40)
    public String cardNumber;
    @Column(name = "TICKET_ID", length = 36, unique = true)
    public String ticketId;
    @Column(name = "TICKET_NUMBER", length = 40)
    public String ticketNumber;
    @Column(name = "ISSUED_BY", length = 100)
    public String issuedBy;
    @Column(name = "ISSUED_AT")
    public LocalDateTime issuedAt;
    @Column(name = "VALID_UNTIL")
    public LocalDate validUntil;
}
