/**
 * The talent registry (Art.3): who a talent is, their family (Art.4.1, Art.4.2) and the
 * certifications of their class A-E. A talent is high-level on a date when a certification of
 * class A-D is valid on that date.
 */
@Version("1.2.0")
package cn.lyg.talent.api.registry;

import org.osgi.annotation.versioning.Version;
