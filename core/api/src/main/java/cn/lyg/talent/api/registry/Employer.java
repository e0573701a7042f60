package cn.lyg.talent.api.registry;

/**
 * The talent's employer. {@code creditCode} is the unified social credit code (GB 32100);
 * some real codes fail the check, so a clerk may accept one with {@code creditCodeOverrideReason}.
 */
public class Employer {
    public String name;
    public String creditCode;
    public String creditCodeOverrideReason;
}
