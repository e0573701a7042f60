package cn.lyg.talent.api;

import java.util.Collection;

import javax.security.auth.Subject;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns what an authentication realm says of a user into an {@link Actor}. Besides the role
 * names of {@link Role}, a realm may grant {@code jurisdiction:<code>} to bind a user to a
 * county or district, and {@code unit:<code>} to bind a department handler to a unit.
 * Karaf's own {@code admin} role maps to {@link Role#ADMIN}.
 */
@ProviderType
public interface Actors {

    String JURISDICTION_PREFIX = "jurisdiction:";
    String UNIT_PREFIX = "unit:";

    Actor of(String account, Collection<String> grantedNames);

    /**
     * The actor of a JAAS subject, e.g. the login of a console session
     * ({@code Subject.getSubject(AccessController.getContext())} in a command): its user
     * principal is the account and its role principals the grants. Without a subject or a user,
     * the account is {@code console} with no role, which no service lets act.
     *
     * @since 1.0
     */
    Actor ofSubject(Subject subject);
}
