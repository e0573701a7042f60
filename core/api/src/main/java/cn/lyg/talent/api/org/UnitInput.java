package cn.lyg.talent.api.org;

import java.util.List;

/** An operator's edit of a unit: its current names, aliases and services. */
public class UnitInput {
    public String code;
    public String nameZh;
    public String nameEn;
    public List<UnitAlias> aliases;
    public List<String> services;
    /** For updates: the version read; null when creating. */
    public Long version;
}
