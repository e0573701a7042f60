package cn.lyg.talent.api.registry;

/** Nature of a spouse's original employer; recommendation matches it (Art.4.1). */
public enum EmployerNature {
    PARTY_GOVERNMENT_ORGAN, PUBLIC_INSTITUTION, STATE_ENTERPRISE, PRIVATE_ENTERPRISE,
    FOREIGN_INVESTED_ENTERPRISE, OTHER, NONE
}
