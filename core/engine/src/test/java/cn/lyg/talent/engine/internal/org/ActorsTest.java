package cn.lyg.talent.engine.internal.org;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.engine.internal.TestDatabase;

/** Who acts, from the realm's grants or a console session's login. */
public class ActorsTest {
    private final ActorsImpl actors = new ActorsImpl(TestDatabase.settings("320700"));

    @Test
    public void aConsoleLoginBecomesAnActorWithItsGrants() {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal("donghai_window"));
        s.getPrincipals().add(new RolePrincipal("window"));
        s.getPrincipals().add(new RolePrincipal("jurisdiction:320722"));
        Actor a = actors.ofSubject(s);
        assertEquals("donghai_window", a.account());
        assertEquals("donghai_window", a.getName());
        assertTrue(a.has(Role.WINDOW));
        assertEquals("320722", a.jurisdiction());
    }

    @Test
    public void withoutALoginNobodyMayAct() {
        Actor a = actors.ofSubject(null);
        assertEquals("console", a.account());
        assertTrue(a.roles().isEmpty());
        assertNull(a.unit());
        assertEquals("320700", a.jurisdiction());
    }
}
