/**
 * The service catalog and the plugin SPI (Art.4, Art.6, Art.9).
 * <p>
 * A plugin offers a service by registering a {@link cn.lyg.talent.api.catalog.ServiceOffering}
 * (or, with no Java at all, by shipping a descriptor file, see {@code docs/plugin-guide.md}). It
 * may add {@link cn.lyg.talent.api.catalog.EligibilityRule}s, {@link cn.lyg.talent.api.catalog.FormExtension}s,
 * a {@link cn.lyg.talent.api.catalog.ServiceHandler} and {@link cn.lyg.talent.api.catalog.TicketListener}s,
 * each an OSGi service naming the service code it serves in the property
 * {@value cn.lyg.talent.api.catalog.ServiceOffering#SERVICE_CODE}. The platform calls them with a time
 * limit; a plugin that throws, hangs or answers nonsense is recorded on the ticket and in the log,
 * and never stops the window.
 * <p>
 * The platform implements {@link cn.lyg.talent.api.catalog.ServiceCatalog} and
 * {@link cn.lyg.talent.api.catalog.ConfigurationRefusals}; plugins implement the
 * {@code @ConsumerType} interfaces. Everything else here is a plain data type.
 */
@Version("1.8.0")
package cn.lyg.talent.api.catalog;

import org.osgi.annotation.versioning.Version;
