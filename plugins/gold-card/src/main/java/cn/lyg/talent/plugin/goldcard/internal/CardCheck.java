package cn.lyg.talent.plugin.goldcard.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.Masking;

/**
 * A look-up of a card number (Art.4.5): who asked, when, and what they were told, including
 * numbers that name no card. A gate sees a holder's masked name and the end of their identity
 * document, so its look-ups are personal data read and are kept, append-only, for the talent
 * office to see who looked up what (card numbers follow each other, so trying numbers in a row
 * shows here).
 */
@Entity
@Table(name = "GOLD_CARD_CHECK")
public class CardCheck {
    /** The outcome of a number that names no card the caller may see. */
    static final String NOT_FOUND = "NOT_FOUND";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "CARD_NUMBER", length = 20, nullable = false)
    public String cardNumber;
    @Column(name = "CHECKED_BY", length = 100, nullable = false)
    public String checkedBy;
    @Column(name = "CHECKED_AT", nullable = false)
    public LocalDateTime checkedAt;
    @Column(name = "OUTCOME", length = 30, nullable = false)
    public String outcome;
    /** The scenic area of a look-up made to record a free visit; null for a plain look-up. */
    @Column(name = "SCENIC_AREA", length = 40)
    public String scenicArea;

    /**
     * The number as lists show it: a card's number whole; one that named no card with only its
     * ends, since a gate or a clerk may have typed a person's identity or phone number into the
     * look-up (masked in every list, never kept whole). Rows from before numbers were masked on
     * keeping are masked here.
     */
    String shownNumber() {
        return NOT_FOUND.equals(outcome) ? masked(cardNumber) : cardNumber;
    }

    /** Keeps the ends of a number, as the platform masks an identity document (a masked one stays as it is). */
    static String masked(String number) {
        return number == null || number.contains("*") ? number : Masking.documentNumber(number);
    }
}
