package cn.lyg.talent.api.org;

/** A historical name of a unit and where it was used (e.g. "2018 policy text"). */
public class UnitAlias {
    public String nameZh;
    public String nameEn;
    public String usedIn;

    public UnitAlias() {
    }

    public UnitAlias(String nameZh, String nameEn, String usedIn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.usedIn = usedIn;
    }
}
