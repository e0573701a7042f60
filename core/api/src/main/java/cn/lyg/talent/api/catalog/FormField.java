package cn.lyg.talent.api.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a service's application form, with its checks. The platform validates every
 * submission against the form before anything is written.
 * <p>
 * {@code min} and {@code max} bound a NUMBER (as a decimal) or a DATE (as an ISO date, or
 * {@code today}); {@code maxLength} and {@code pattern} (a Java regular expression that the whole
 * value must match) apply to TEXT; {@code choices} lists the keys of CHOICE and MULTI_CHOICE.
 */
public class FormField {
    /** The name a client sends the value under: lower camel case, unique in the form. */
    public String name;
    public FieldType type;
    public Text label;
    /** Help shown under the field, optional. */
    public Text hint;
    public boolean required;
    public String min;
    public String max;
    public Integer maxLength;
    public String pattern;
    public List<Choice> choices = new ArrayList<>();
    /**
     * Required only while another field of the form has a value: {@code "delivery=mail"} (a
     * choice key, {@code true}/{@code false} for YES_NO, or a key among a MULTI_CHOICE's). Not
     * together with {@link #required}. Since 1.1.
     */
    public String requiredIf;
    /** For a NUMBER: the most decimal places a value may have, 0 for whole numbers; null for any. Since 1.1. */
    public Integer decimals;

    public FormField() {
    }

    public FormField(String name, FieldType type, Text label, boolean required) {
        this.name = name;
        this.type = type;
        this.label = label;
        this.required = required;
    }
}
