/**
 * Notifications: every ticket transition notifies the people it concerns, and supervision
 * (督办, Art.8) raises notices for missed deadlines. The default channel is an in-app inbox per
 * user, unit and role; further channels (SMS, e-mail, a government messaging app) plug in as
 * {@link NotificationChannel} services.
 */
@Version("1.1.0")
package cn.lyg.talent.api.notify;

import org.osgi.annotation.versioning.Version;
