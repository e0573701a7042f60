package cn.lyg.talent.plugin.spouse.internal;

import static cn.lyg.talent.plugin.spouse.internal.Texts.TEXTS;

import java.util.Optional;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.registry.EmployerNature;
import cn.lyg.talent.api.registry.Spouse;

/** The kinds of receiving unit a recommendation goes to (Art.4.1). */
enum ReceivingKind {
    PARTY_GOVERNMENT_ORGAN,
    PUBLIC_INSTITUTION,
    STATE_ENTERPRISE,
    ENTERPRISE;

    final Text name;

    ReceivingKind() {
        this.name = TEXTS.text("receivingKind." + name());
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
