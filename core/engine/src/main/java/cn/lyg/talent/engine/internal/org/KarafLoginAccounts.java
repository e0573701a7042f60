package cn.lyg.talent.engine.internal.org;

import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Logins as Karaf's JAAS realms list them (etc/users.properties by default), through the backing
 * engine factories Karaf's own {@code jaas:} commands use. The realms are asked in rank order; the first
 * login module whose engine knows the name answers with its roles and its groups' roles. A realm
 * without a backing engine (an LDAP directory, say) cannot list its logins: the answer is then
 * {@link Login#UNLISTED}.
 */
@Component(service = LoginAccounts.class)
public class KarafLoginAccounts implements LoginAccounts {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();

    // The engines of the login modules Karaf knows (properties files, JDBC, ...), as its own
    // jaas: commands find them; a realm's entry names its module.
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();

    @Override
    public Login find(String account) {
        if (account == null || factories.isEmpty()) {
            return Login.UNLISTED;
        }
        BackingEngineService service = new BackingEngineService();
        service.setEngineFactories(List.copyOf(factories));
        boolean listed = false;
        for (JaasRealm realm : realms.stream().sorted(Comparator.comparingInt(JaasRealm::getRank).reversed()).toList()) {
            for (AppConfigurationEntry entry : realm.getEntries()) {
                BackingEngine engine = service.get(entry);
                if (engine == null) {
                    continue;
                }
                listed = true;
                UserPrincipal user = engine.lookupUser(account);
                if (user != null) {
                    return new Login(true, true, grants(engine, user));
                }
            }
        }
        return listed ? new Login(true, false, Set.of()) : Login.UNLISTED;
    }

    private static Set<String> grants(BackingEngine engine, UserPrincipal user) {
        Set<String> names = new LinkedHashSet<>();
        add(names, engine.listRoles(user));
        for (GroupPrincipal group : engine.listGroups(user)) {
            add(names, engine.listRoles(group));
        }
        return names;
    }

    private static void add(Set<String> names, List<RolePrincipal> roles) {
        for (Principal r : roles) {
            // users.properties is written "talent1 = talent1, talent": the properties engine
            // keeps the space after the comma, which the login module itself trims.
            names.add(r.getName().strip());
        }
    }
}
