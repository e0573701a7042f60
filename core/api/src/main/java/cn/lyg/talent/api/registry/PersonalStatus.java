package cn.lyg.talent.api.registry;

/** A spouse's personal status (Art.4.1). */
public enum PersonalStatus {
    CIVIL_SERVANT, PUBLIC_INSTITUTION_STAFF, ENTERPRISE_EMPLOYEE, OTHER, NONE
}
