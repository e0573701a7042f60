package cn.lyg.talent.api;

import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: every service call carries one so that the service can check role and
 * jurisdiction and record the user on every write.
 *
 * <p>{@code jurisdiction} is the division code the user works for (the instance's own
 * jurisdiction unless the realm binds the user to another); {@code unit} is the responsible
 * unit of a department handler; {@code account} is the login name.
 *
 * <p>It is the {@link Principal} of an authenticated REST request, so a plugin's resource finds
 * the caller with {@code (Actor) securityContext.getUserPrincipal()}.
 */
public final class Actor implements Principal {
    private final String account;
    private final Set<Role> roles;
    private final String jurisdiction;
    private final String unit;

    public Actor(String account, Set<Role> roles, String jurisdiction, String unit) {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account is required");
        }
        this.account = account;
        this.roles = roles.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.jurisdiction = jurisdiction;
        this.unit = unit;
    }

    public String account() {
        return account;
    }

    /** The account, as {@link Principal} names it. */
    @Override
    public String getName() {
        return account;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String unit() {
        return unit;
    }

    @Override
    public String toString() {
        return account + roles;
    }
}
