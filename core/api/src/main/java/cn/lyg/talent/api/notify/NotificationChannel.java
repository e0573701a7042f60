package cn.lyg.talent.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach people besides the in-app inbox, registered as an OSGi service by a plugin.
 * It is called after the change that caused the notification has been committed, on a delivery
 * thread of the platform's (never in the request), one notification at a time; a failure is
 * logged, not retried, so a channel that needs guaranteed delivery keeps its own outbox.
 */
@ConsumerType
public interface NotificationChannel {

    /** A short name for logs and configuration, e.g. {@code sms}. */
    String name();

    void deliver(Notification notification);
}
