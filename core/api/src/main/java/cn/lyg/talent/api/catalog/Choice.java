package cn.lyg.talent.api.catalog;

/** One choice of a CHOICE or MULTI_CHOICE field: the key stored on the ticket and its labels. */
public class Choice {
    public String key;
    public Text label;

    public Choice() {
    }

    public Choice(String key, Text label) {
        this.key = key;
        this.label = label;
    }
}
