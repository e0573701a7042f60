package cn.lyg.talent.api.registry;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;

/**
 * The talent registry (Art.3). Every method taking an {@link Actor} checks its role and jurisdiction and
 * throws {@link Refusal} for anything it will not do; a refused call writes nothing.
 *
 * <p>Roles: the window and the supervisor register and update talents; the supervisor
 * certifies classes; a talent reads their own record; the admin may do all. A department
 * handler sees a talent only through a ticket dispatched to its unit (design.md section 6).
 */
@ProviderType
public interface TalentRegistry {

    /** Registers a talent; refuses a duplicate identity document. */
    Talent register(TalentInput input, Actor actor);

    /** Replaces the talent's registered facts; {@code input.version} must be the current one. */
    Talent update(String id, TalentInput input, Actor actor);

    /** Reads one talent in full. The read of the identity number is audited. */
    Talent get(String id, Actor actor);

    /** Searches talents in the actor's jurisdiction; numbers are masked. */
    Page<TalentSummary> find(TalentQuery query, Actor actor);

    /** Records a certification of the talent's class; earlier records stay as they are. */
    Certification certify(String talentId, CertificationInput input, Actor actor);

    /**
     * Art.3: whether the talent holds a class A-D certification valid on {@code date}. For other
     * services (the window checks it on submission); it reveals nothing but the yes/no, so it
     * takes no actor and is not offered over REST.
     */
    boolean isHighLevel(String talentId, LocalDate date);
}
