package cn.lyg.talent.api.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * An eligibility rule's answer. A refusal carries a stable code and the reason in Chinese and
 * English, which the talent sees; optionally the form field the reason is about. A rule finding
 * several reasons gives them all at once ({@link #and(Verdict)}), so that the talent puts them
 * right in one go instead of learning of the next one after each resubmission.
 */
public final class Verdict {
    private static final Verdict ELIGIBLE = new Verdict(true, null, null, null, null);

    private final boolean eligible;
    private final String code;
    private final String field;
    private final String reasonZh;
    private final String reasonEn;
    /** The reasons after the first, each a single refusal. */
    private final List<Verdict> more;

    private Verdict(boolean eligible, String code, String field, String reasonZh, String reasonEn) {
        this(eligible, code, field, reasonZh, reasonEn, List.of());
    }

    private Verdict(boolean eligible, String code, String field, String reasonZh, String reasonEn, List<Verdict> more) {
        this.eligible = eligible;
        this.code = code;
        this.field = field;
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
        this.more = more;
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

    /**
     * This verdict and {@code other} together: eligible only when both are, else refused for the
     * reasons of both, in order. The code, field and texts of the result are those of its first reason.
     *
     * @since 1.7
     */
    public Verdict and(Verdict other) {
        if (other == null || other.eligible) {
            return this;
        }
        if (eligible) {
            return other;
        }
        List<Verdict> all = new ArrayList<>(more);
        all.addAll(other.reasons());
        return new Verdict(false, code, field, reasonZh, reasonEn, List.copyOf(all));
    }

    /**
     * Each reason of a refusal, in order, each a single refusal (a refusal for one reason is its
     * own only one); none when eligible.
     *
     * @since 1.7
     */
    public List<Verdict> reasons() {
        if (eligible) {
            return List.of();
        }
        List<Verdict> all = new ArrayList<>();
        all.add(more.isEmpty() ? this : new Verdict(false, code, field, reasonZh, reasonEn));
        all.addAll(more);
        return List.copyOf(all);
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
