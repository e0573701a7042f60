package cn.lyg.talent.api.window;

import cn.lyg.talent.api.catalog.Text;

/**
 * One field of a ticket's application form as people read it: the field's label and the value
 * (a choice by its label, yes/no in words, several choices joined), in Chinese and English, as
 * the service's form had them when the ticket was submitted or corrected. It reads the same after
 * the service's plugin is replaced or uninstalled (Art.9).
 *
 * @since 1.3
 */
public class FormEntry {
    /** The field's name, the key of {@link Ticket#form}. */
    public String field;
    public Text label;
    public Text value;

    public FormEntry() {
    }

    public FormEntry(String field, Text label, Text value) {
        this.field = field;
        this.label = label;
        this.value = value;
    }
}
