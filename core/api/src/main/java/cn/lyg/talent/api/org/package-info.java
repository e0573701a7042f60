/**
 * Responsible units (Art.5) and jurisdictions: who answers for which service, and the city,
 * its districts and counties, and the functional zones named by the policy.
 */
@Version("1.0.0")
package cn.lyg.talent.api.org;

import org.osgi.annotation.versioning.Version;
