package cn.lyg.talent.api.catalog;

/** Where the service in force for a jurisdiction comes from (Art.9). */
public enum ServiceOrigin {
    /** The city's service, offered everywhere. */
    CITY,
    /** A county's own version replacing the city's for its jurisdiction. */
    COUNTY_REPLACEMENT,
    /** A service only the county offers. */
    COUNTY
}
