package cn.lyg.talent.api.catalog;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a plugin reports a change of its configuration that it refused while it goes on with its
 * last good settings. A modified method that throws leaves the component running, and the runtime
 * only logs the exception; reported here, the refusal is listed in {@code catalog:problems}, in
 * Chinese and English with the file to correct, until a later change is taken (Art.9: the county's
 * operator learns that the edit did not apply).
 * <p>
 * A refusal at activation needs no report: the component does not start, and the catalog lists
 * it as such.
 *
 * @since 1.8
 */
@ProviderType
public interface ConfigurationRefusals {

    /** Lists {@code refused} until {@link #taken} is called for its PID; it replaces an earlier refusal of that PID. */
    void refused(ConfigurationRefused refused);

    /** A later change of configuration {@code pid} was taken: its refusal leaves the list. */
    void taken(String pid);
}
