package cn.lyg.talent.engine.internal.org;

import java.util.Set;

/**
 * The logins people sign in with, as the login realm knows them: whether a name is a login and
 * what it is granted. The registry binds a talent only to a login of a talent (Art.6: the talent
 * acts online and is told of their requests), never to a clerk's.
 */
public interface LoginAccounts {

    /** What the realm says of a login name. */
    record Login(boolean listed, boolean exists, Set<String> grants) {
        /** The realm cannot list its logins (e.g. a directory without a backing engine): nothing to check against. */
        public static final Login UNLISTED = new Login(false, false, Set.of());
    }

    Login find(String account);
}
