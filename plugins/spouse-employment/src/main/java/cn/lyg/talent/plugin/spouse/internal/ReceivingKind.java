package cn.lyg.talent.plugin.spouse.internal;

import java.util.Optional;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.registry.EmployerNature;
import cn.lyg.talent.api.registry.Spouse;

/** The kinds of receiving unit a recommendation goes to (Art.4.1). */
enum ReceivingKind {
    PARTY_GOVERNMENT_ORGAN("党政机关", "Party or government organ"),
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    STATE_ENTERPRISE("国有企业", "State enterprise"),
    ENTERPRISE("企业", "Enterprise");

    final Text name;

    ReceivingKind(String zh, String en) {
        this.name = Text.of(zh, en);
    }

    /**
     * Art.4.1: recommended "according to the nature of the spouse's original employer and the
     * spouse's personal status": a civil servant to an organ, public-institution staff to a public
     * institution, an enterprise employee to an enterprise of the same nature where it is a state
     * one. A spouse without such a status is not recommended but served by the public employment
     * service (empty).
     */
    static Optional<ReceivingKind> matching(Spouse spouse) {
        if (spouse == null || spouse.personalStatus == null) {
            return Optional.empty();
        }
        return switch (spouse.personalStatus) {
            case CIVIL_SERVANT -> Optional.of(PARTY_GOVERNMENT_ORGAN);
            case PUBLIC_INSTITUTION_STAFF -> Optional.of(PUBLIC_INSTITUTION);
            case ENTERPRISE_EMPLOYEE -> Optional.of(spouse.originalEmployerNature == EmployerNature.STATE_ENTERPRISE
                    ? STATE_ENTERPRISE : ENTERPRISE);
            case OTHER, NONE -> Optional.empty();
        };
    }
}
