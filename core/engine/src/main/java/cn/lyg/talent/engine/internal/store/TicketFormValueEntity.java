package cn.lyg.talent.engine.internal.store;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "TICKET_FORM_VALUE")
@IdClass(TicketFormValueEntity.Key.class)
@NamedQuery(name = TicketFormValueEntity.OF_TICKET, query = "select v from TicketFormValueEntity v"
        + " where v.ticketId = :id order by v.field, v.ordinal")
public class TicketFormValueEntity {
    /** A ticket's form values by field and position ({@code id}: the ticket). */
    public static final String OF_TICKET = "TicketFormValue.ofTicket";

    @Id
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Id
    @Column(name = "FIELD_NAME")
    public String field;
    @Id
    @Column(name = "ORDINAL")
    public int ordinal;
    @Column(name = "VALUE_TEXT")
    public String value;
    /** The field's label and the value's wording when stored (V015); null in older rows. */
    @Column(name = "LABEL_ZH")
    public String labelZh;
    @Column(name = "LABEL_EN")
    public String labelEn;
    @Column(name = "SHOWN_ZH")
    public String shownZh;
    @Column(name = "SHOWN_EN")
    public String shownEn;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String ticketId;
        public String field;
        public int ordinal;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ticketId, k.ticketId) && Objects.equals(field, k.field)
                    && ordinal == k.ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, field, ordinal);
        }
    }
}
