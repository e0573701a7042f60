package cn.lyg.talent.plugin.goldcard.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One gold card in the city's register (Art.4.5). Rows are added, never changed: a revocation is
 * a row of its own ({@link CardRevocation}). The holder's name and the last characters of the
 * identity document are kept so a gate can match the card to the person without the registry.
 */
@Entity
@Table(name = "GOLD_CARD")
public class GoldCard {
    /** Issued through a ticket of the city's gold-card service. */
    static final String FROM_TICKET = "TICKET";
    /** Issued before the platform or outside it, entered at the console. */
    static final String RECORDED = "RECORDED";

    @Id
    @Column(name = "CARD_NUMBER", length = 20)
    public String cardNumber;
    @Column(name = "TALENT_ID", length = 36, nullable = false)
    public String talentId;
    @Column(name = "HOLDER_NAME", length = 100, nullable = false)
    public String holderName;
    @Column(name = "DOCUMENT_TAIL", length = 4)
    public String documentTail;
    @Column(name = "JURISDICTION", length = 12, nullable = false)
    public String jurisdiction;
    @Column(name = "SOURCE", length = 10, nullable = false)
    public String source;
    @Column(name = "TICKET_ID", length = 36, unique = true)
    public String ticketId;
    @Column(name = "TICKET_NUMBER", length = 40)
    public String ticketNumber;
    @Column(name = "ISSUED_BY", length = 100, nullable = false)
    public String issuedBy;
    @Column(name = "ISSUED_AT", nullable = false)
    public LocalDateTime issuedAt;
    @Column(name = "VALID_UNTIL", nullable = false)
    public LocalDate validUntil;
    @Column(name = "NOTE", length = 200)
    public String note;
}
