/**
 * Satisfaction ratings (政务服务"好差评", State Council General Office 2019) for Art.7 follow-up
 * and Art.8 satisfaction surveys: five levels, rated at acceptance and at completion; a bad
 * rating opens a rectification with its own deadline, a call-back and a re-rating; the talent
 * office may void a mistaken or malicious rating on appeal, with the reason kept.
 */
@Version("1.2.0")
package cn.lyg.talent.api.rating;

import org.osgi.annotation.versioning.Version;
