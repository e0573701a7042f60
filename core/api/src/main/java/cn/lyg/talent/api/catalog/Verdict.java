package cn.lyg.talent.api.catalog;

/**
 * An eligibility rule's answer. A refusal carries a stable code and the reason in Chinese and
 * English, which the talent sees; optionally the form field the reason is about.
 */
public final class Verdict {
    private static final Verdict ELIGIBLE = new Verdict(true, null, null, null, null);

    private final boolean eligible;
    private final String code;
    private final String field;
    private final String reasonZh;
    private final String reasonEn;

    private Verdict(boolean eligible, String code, String field, String reasonZh, String reasonEn) {
        this.eligible = eligible;
        this.code = code;
        this.field = field;
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    public static Verdict eligible() {
        return ELIGIBLE;
    }

    public static Verdict refused(String code, String reasonZh, String reasonEn) {
        return new Verdict(false, code, null, reasonZh, reasonEn);
    }

    /** A refusal about one form field, shown next to it. */
    public static Verdict refused(String code, String field, String reasonZh, String reasonEn) {
        return new Verdict(false, code, field, reasonZh, reasonEn);
    }

    public boolean isEligible() {
        return eligible;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
