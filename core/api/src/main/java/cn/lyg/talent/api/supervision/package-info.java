/**
 * Supervision (督办, Art.8): notices raised for missed Art.7 deadlines, once per missed
 * deadline, to the responsible unit and the talent office, and warnings before a breach.
 */
@Version("1.1.0")
package cn.lyg.talent.api.supervision;

import org.osgi.annotation.versioning.Version;
