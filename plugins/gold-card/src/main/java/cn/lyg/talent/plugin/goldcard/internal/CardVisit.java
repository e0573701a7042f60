package cn.lyg.talent.plugin.goldcard.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A free visit a scenic-area gate let in on a gold card (Art.4.5). Append-only. */
@Entity
@Table(name = "GOLD_CARD_VISIT")
public class CardVisit {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "CARD_NUMBER", length = 20, nullable = false)
    public String cardNumber;
    @Column(name = "SCENIC_AREA", length = 40, nullable = false)
    public String scenicArea;
    @Column(name = "GATE", length = 100, nullable = false)
    public String gate;
    @Column(name = "VISITED_AT", nullable = false)
    public LocalDateTime visitedAt;
}
