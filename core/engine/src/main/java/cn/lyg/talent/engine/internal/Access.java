package cn.lyg.talent.engine.internal;

import java.util.List;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;

/** Role checks shared by the engine's services (design.md section 6). */
public final class Access {

    private Access() {
    }

    /** Whether the actor works for the platform (window, unit, talent office, admin), who read staff accounts. */
    public static boolean isStaff(Actor actor) {
        return actor.hasAny(Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
    }

    /** A talent reading for themselves: staff logins are left out of what they read. */
    public static boolean isTalentOnly(Actor actor) {
        return actor.has(Role.TALENT) && !isStaff(actor);
    }

    /** Refuses with FORBIDDEN unless the actor holds one of {@code roles}. */
    public static void require(Actor actor, Role... roles) {
        if (actor == null || !actor.hasAny(roles)) {
            // The roles by name in each language (人才办, not supervisor).
            throw Messages.ENGINE.refusal(Refusal.Kind.FORBIDDEN, "ROLE_REQUIRED", List.of(roles));
        }
    }
}
