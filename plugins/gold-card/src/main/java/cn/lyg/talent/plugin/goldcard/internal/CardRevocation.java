package cn.lyg.talent.plugin.goldcard.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A card withdrawn (lost, replaced, issued by mistake): at most one per card, never removed. */
@Entity
@Table(name = "GOLD_CARD_REVOCATION")
public class CardRevocation {
    @Id
    @Column(name = "CARD_NUMBER", length = 20)
    public String cardNumber;
    @Column(name = "REVOKED_BY", length = 100, nullable = false)
    public String revokedBy;
    @Column(name = "REVOKED_AT", nullable = false)
    public LocalDateTime revokedAt;
    @Column(name = "REASON", length = 200, nullable = false)
    public String reason;
}
