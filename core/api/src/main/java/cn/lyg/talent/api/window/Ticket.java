package cn.lyg.talent.api.window;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.lyg.talent.api.catalog.Text;

/**
 * A ticket (服务事项/工单): one request by one talent for one service. The talent's view of it
 * shows every step, deadline and reply in one place (Art.6 "results are fed back centrally").
 */
public class Ticket {
    public String id;
    /** A number a person can read out on the phone: jurisdiction-date-sequence. */
    public String number;
    public String talentId;
    public String talentName;
    /** For the unit's first contact (Art.7); masked nowhere else than in lists, which omit it. */
    public String talentPhone;
    public String serviceCode;
    /**
     * The service's name as it was when the ticket was submitted, so the ticket reads the same
     * after its plugin is replaced or removed (Art.9); for tickets from before 1.2, the name in
     * the catalog now, or null (since 1.2).
     */
    public Text serviceName;
    /**
     * Who provided the service when the ticket was submitted (bundle and version, Art.9; shown to
     * staff only, null for the talent), and whether it was the city's service or a county's.
     */
    public String serviceProvider;
    public String serviceOrigin;
    /** False when the service is no longer offered for the ticket's jurisdiction: the ticket stays readable. */
    public boolean serviceOffered;
    /**
     * The application form as submitted, by field name, typed as the service's form says (as
     * {@link cn.lyg.talent.api.catalog.FieldType} lists: a number as {@code BigDecimal}, a date
     * as {@code LocalDate}, yes/no as {@code Boolean}, a multiple choice always as a list); as
     * stored text (a list where several) while the service is not offered.
     */
    public Map<String, Object> form;
    /**
     * The same form as people read it, field by field in the form's order (by name while the
     * service is not offered): labels and values in both languages as they were when submitted or
     * corrected (since 1.3).
     */
    public List<FormEntry> formShown;
    /** What the service's plugins recorded: outcomes, and failures the clerk must look at. */
    public List<TicketOutcome> outcomes;
    public String jurisdiction;
    public Channel channel;
    public String description;
    public TicketState state;
    /** The unit the ticket is dispatched to, if any. */
    public String unit;
    public String reply;
    public Instant submittedAt;
    public String submittedBy;
    public Instant updatedAt;
    public List<TicketStep> steps;
    public List<TicketEvent> history;
    /** The earliest due time among open steps, or null. */
    public Instant nextDueAt;
    public long version;
}
