package cn.lyg.talent.api.org;

import java.time.Instant;
import java.util.List;

/**
 * A responsible unit (Art.5). Names change with institutional reforms: the current names are
 * {@code nameZh}/{@code nameEn}, earlier names (such as the 2018 text's) are kept as aliases.
 */
public class Unit {
    public String code;
    public String nameZh;
    public String nameEn;
    public List<UnitAlias> aliases;
    /** Codes of the services this unit answers for. */
    public List<String> services;
    public Instant updatedAt;
    public String updatedBy;
    public long version;
}
