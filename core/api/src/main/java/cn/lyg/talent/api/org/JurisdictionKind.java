package cn.lyg.talent.api.org;

public enum JurisdictionKind {
    CITY, DISTRICT, COUNTY, FUNCTIONAL_ZONE
}
