/**
 * Common types of the talent platform: the acting user, roles, paging, the names of codes
 * ({@link cn.lyg.talent.api.Names}) and the refusal every service raises for bad input, missing
 * records, conflicts and forbidden access.
 */
@Version("1.4.0")
package cn.lyg.talent.api;

import org.osgi.annotation.versioning.Version;
