package cn.lyg.talent.api.registry;

/**
 * Talent classes under the Lianyungang Talent Classification Evaluation Measures. What
 * qualifies a person for a class is decided by certification, not derived here.
 */
public enum TalentClass {
    A, B, C, D, E;

    /** Art.3: class D or above is high-level; class E is registered but not eligible. */
    public boolean isHighLevel() {
        return this != E;
    }

    /** Art.4.2: class C or above gives children priority placement. */
    public boolean isAtLeast(TalentClass other) {
        return ordinal() <= other.ordinal();
    }
}
