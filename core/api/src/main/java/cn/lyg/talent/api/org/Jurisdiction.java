package cn.lyg.talent.api.org;

/**
 * A jurisdiction: the city (320700), a district or county (administrative division code), or a
 * functional zone named by the policy (a statistical or platform code).
 */
public class Jurisdiction {
    public String code;
    public String nameZh;
    public String nameEn;
    public JurisdictionKind kind;
    /** The enclosing jurisdiction, null for the city. */
    public String parentCode;
    /** False for division codes abolished in a reform but still found on older identity cards. */
    public boolean active;
}
