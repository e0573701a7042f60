/**
 * The one-stop window (Art.6, Art.7): tickets, their lifecycle and history, and the
 * working-day deadlines of each step. "One window accepts, the back offices handle separately,
 * the whole process is tracked, results are fed back centrally."
 */
@Version("1.6.0")
package cn.lyg.talent.api.window;

import org.osgi.annotation.versioning.Version;
