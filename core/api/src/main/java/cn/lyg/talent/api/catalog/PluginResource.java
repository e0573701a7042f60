package cn.lyg.talent.api.catalog;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JAX-RS root resource a plugin adds to the platform's API, registered as an OSGi service of
 * this type. Its class {@code @Path} must start with {@code plugins/<plugin name>}; it is then
 * served at {@code /api/v1/plugins/<plugin name>/…} with the platform's JSON, errors
 * ({@link cn.lyg.talent.api.Refusal} becomes problem+json) and authentication: every request is
 * authenticated, and the caller is {@code (Actor) securityContext.getUserPrincipal()}
 * ({@link cn.lyg.talent.api.Actor}). The resource checks role and jurisdiction itself.
 * <p>
 * The plugin's resources are published on their own when they come or go; the rest of the API
 * is not touched.
 *
 * @since 1.0
 */
@ConsumerType
public interface PluginResource {

    /** The first path segment after {@code plugins/}, e.g. {@code medical}. */
    String name();
}
