package cn.lyg.talent.api.catalog;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service a plugin offers, registered as an OSGi service. The catalog picks it up while the
 * instance runs and drops it when the bundle stops.
 * <p>
 * Of several offerings of one code for a jurisdiction, the one with the highest
 * {@code service.ranking} wins; an offering for the ticket's own jurisdiction beats a city one
 * of equal ranking. The losing offerings stay installed and take over when the winner goes.
 *
 * @since 1.0
 */
@ConsumerType
public interface ServiceOffering {

    /** The service property naming the service code that rules, fields, handlers and listeners serve. */
    String SERVICE_CODE = "talent.service";

    /** The optional service property limiting an extension to one jurisdiction's tickets. */
    String JURISDICTION = "talent.jurisdiction";

    /**
     * The definition. Called when the offering appears and again when a guide is rendered, so it
     * must be cheap and return the same content until the plugin is reconfigured.
     */
    ServiceDefinition definition();
}
