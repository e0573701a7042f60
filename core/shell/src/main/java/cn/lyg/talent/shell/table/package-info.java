/**
 * Tables for console commands, core's and the plugins', that line up in a terminal when their
 * cells hold Chinese text.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package cn.lyg.talent.shell.table;
