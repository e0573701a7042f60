package cn.lyg.talent.plugin.goldcard.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The last card number given in a year; its row is locked while the next one is taken. */
@Entity
@Table(name = "GOLD_CARD_COUNTER")
public class CardCounter {
    @Id
    @Column(name = "ISSUE_YEAR")
    public int year;
    @Column(name = "LAST_NUMBER", nullable = false)
    public int last;
}
