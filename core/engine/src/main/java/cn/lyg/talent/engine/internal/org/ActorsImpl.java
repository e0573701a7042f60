package cn.lyg.talent.engine.internal.org;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Role;

/**
 * Maps realm grants to an actor. A user without a {@code jurisdiction:} grant works for the
 * instance's jurisdiction; a grant narrows it (a county clerk on the city instance). The
 * services keep every actor inside the instance's jurisdiction whatever the grant says.
 */
@Component(service = Actors.class)
public class ActorsImpl implements Actors {
    private final InstanceSettings settings;

    @Activate
    public ActorsImpl(@Reference InstanceSettings settings) {
        this.settings = settings;
    }

    @Override
    public Actor of(String account, Collection<String> grantedNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String jurisdiction = settings.jurisdiction();
        String unit = null;
        for (String name : grantedNames) {
            for (Role r : Role.values()) {
                if (r.principalName().equals(name)) {
                    roles.add(r);
                }
            }
            if (name.startsWith(JURISDICTION_PREFIX)) {
                jurisdiction = name.substring(JURISDICTION_PREFIX.length());
            } else if (name.startsWith(UNIT_PREFIX)) {
                unit = name.substring(UNIT_PREFIX.length());
            }
        }
        return new Actor(account, roles, jurisdiction, unit);
    }

    @Override
    public Actor ofSubject(Subject subject) {
        String account = "console";
        List<String> granted = new ArrayList<>();
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof UserPrincipal) {
                    account = p.getName();
                } else if (p instanceof RolePrincipal) {
                    granted.add(p.getName());
                }
            }
        }
        return of(account, granted);
    }
}
