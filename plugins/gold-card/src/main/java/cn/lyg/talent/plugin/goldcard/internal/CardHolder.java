package cn.lyg.talent.plugin.goldcard.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One row per holder, locked while a card of theirs is issued or recorded, so that two at the
 * same moment are decided one after the other (one usable card per holder).
 */
@Entity
@Table(name = "GOLD_CARD_HOLDER")
public class CardHolder {
    @Id
    @Column(name = "TALENT_ID", length = 36)
    public String talentId;
}
