/**
 * Documents a talent hands in with a request (材料): uploaded once, named in a form's attachment
 * field by their id, kept unchanged and read by those who handle the request (Art.6).
 */
@Version("1.0.0")
package cn.lyg.talent.api.attachment;

import org.osgi.annotation.versioning.Version;
