package cn.lyg.talent.api.catalog;

/**
 * The kinds of form field. The value a rule or handler sees in {@link Application#form} is
 * {@code String} for TEXT, CHOICE and ATTACHMENT, {@code java.math.BigDecimal} for NUMBER,
 * {@code java.time.LocalDate} for DATE, {@code Boolean} for YES_NO and {@code List<String>} of
 * choice keys for MULTI_CHOICE.
 */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    MULTI_CHOICE,
    YES_NO,
    /** The id of a document already uploaded to the attachment store. */
    ATTACHMENT
}
