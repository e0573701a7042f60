/**
 * The working-day calendar of a jurisdiction (design.md section 4): Monday to Friday, minus
 * official holidays, plus official make-up working days (调休), with office hours and a time
 * zone. Art.7 deadlines are counted in its working days.
 */
@Version("1.0.0")
package cn.lyg.talent.api.calendar;

import org.osgi.annotation.versioning.Version;
