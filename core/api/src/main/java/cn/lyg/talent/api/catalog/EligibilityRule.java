package cn.lyg.talent.api.catalog;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule checked on submission, beyond the core rule of Art.3 (which the platform checks first).
 * Registered as an OSGi service with the property {@value ServiceOffering#SERVICE_CODE} naming the
 * service, optionally {@value ServiceOffering#JURISDICTION} to apply to one jurisdiction only.
 * Any bundle may add rules to any service (Art.9 "extend").
 * <p>
 * A refusal refuses the submission and nothing is written. A rule that throws, takes too long or
 * returns null does not refuse: the ticket is created and records the failure for the clerk.
 *
 * @since 1.0
 */
@ConsumerType
public interface EligibilityRule {

    Verdict evaluate(Application application);
}
