package cn.lyg.talent.example.donghai.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.Refusal;

/**
 * Donghai's register of issued gold cards, in the plugin's own table on the platform's
 * DataSource (its own persistence unit {@code donghai-goldcard}). A card number belongs to one
 * ticket for ever; asking again for the same ticket and number is answered with the card
 * already registered, because a transition may fail after its handler answered and be retried.
 * Uninstalling the plugin leaves the table and its rows.
 */
@Component(service = CardRegister.class)
public class CardRegister {
    private final JpaTemplate jpa;

    @Activate
    public CardRegister(@Reference(target = "(osgi.jndi.service.name=talentdb)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=donghai-goldcard)") JpaTemplate jpa) throws SQLException {
        // Plain SQL both H2 and PostgreSQL accept; the plugin owns this table alone.
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS DONGHAI_GOLD_CARD (CARD_NUMBER VARCHAR(40) NOT NULL PRIMARY KEY,"
                    + " TICKET_ID VARCHAR(36) NOT NULL, TICKET_NUMBER VARCHAR(40), ISSUED_BY VARCHAR(100) NOT NULL,"
                    + " ISSUED_AT TIMESTAMP NOT NULL, VALID_UNTIL DATE NOT NULL, CONSTRAINT UK_DONGHAI_GOLD_CARD_TICKET UNIQUE (TICKET_ID))");
        }
        this.jpa = jpa;
    }

    /** Registers {@code cardNumber} for the ticket, or refuses it when it is another ticket's. */
    public IssuedCard issue(String cardNumber, String ticketId, String ticketNumber, String issuedBy, Instant at,
            LocalDate validUntil) {
        try {
            return insert(cardNumber, ticketId, ticketNumber, issuedBy, at, validUntil);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    // Two clerks entered the same number at the same moment: the second is told so.
                    throw cardTaken(cardNumber);
                }
            }
            throw e;
        }
    }

    private static Refusal cardTaken(String cardNumber) {
        return taken(cardNumber, "DONGHAI_CARD_TAKEN", "卡号 " + cardNumber + " 已发放给其他事项。",
                "Card " + cardNumber + " was issued on another request.");
    }

    private IssuedCard insert(String cardNumber, String ticketId, String ticketNumber, String issuedBy, Instant at,
            LocalDate validUntil) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IssuedCard byNumber = em.find(IssuedCard.class, cardNumber);
            if (byNumber != null && byNumber.ticketId.equals(ticketId)) {
                return byNumber;
            }
            if (byNumber != null) {
                throw cardTaken(cardNumber);
            }
            List<IssuedCard> byTicket = em.createQuery("select c from IssuedCard c where c.ticketId = :t", IssuedCard.class)
                    .setParameter("t", ticketId).getResultList();
            if (!byTicket.isEmpty()) {
                throw taken(cardNumber, "DONGHAI_CARD_ALREADY_ISSUED", "本事项已发放金卡 " + byTicket.get(0).cardNumber + "。",
                        "This request already has card " + byTicket.get(0).cardNumber + ".");
            }
            IssuedCard card = new IssuedCard();
            card.cardNumber = cardNumber;
            card.ticketId = ticketId;
            card.ticketNumber = ticketNumber;
            card.issuedBy = issuedBy;
            card.issuedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            card.validUntil = validUntil;
            em.persist(card);
            em.flush();
            return card;
        });
    }

    private static Refusal taken(String cardNumber, String code, String zh, String en) {
        return Refusal.invalid(code, "values." + DonghaiGoldCard.CARD_NUMBER, zh, en);
    }
}
