package cn.lyg.talent.api;

import java.util.Collection;

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
}
