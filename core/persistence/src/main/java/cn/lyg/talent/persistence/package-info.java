/**
 * Transactions of a RESOURCE_LOCAL persistence unit, as the {@code JpaTemplate} the engine and
 * the plugins use. Inside Karaf every persistence unit gets one as a service (decision 0019);
 * outside OSGi a test builds one on its own {@code EntityManagerFactory}.
 */
@Version("1.0.0")
package cn.lyg.talent.persistence;

import org.osgi.annotation.versioning.Version;
