package cn.lyg.talent.api.registry;

import java.time.LocalDate;

/**
 * Filters of a talent search; null means "any". {@code name} and {@code employer} match a part
 * of the name; {@code identityNumber} matches the whole number. {@code highLevel} is judged on
 * {@code onDate} (today when null).
 */
public class TalentQuery {
    public String name;
    public String identityNumber;
    public TalentClass talentClass;
    public String employer;
    public String jurisdiction;
    public Boolean highLevel;
    public LocalDate onDate;
    public int offset;
    public int limit = 20;
}
