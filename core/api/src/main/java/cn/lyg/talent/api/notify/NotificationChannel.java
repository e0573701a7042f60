package cn.lyg.talent.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach people besides the in-app inbox, registered as an OSGi service by a plugin.
 * It is called after the change that caused the notification has been committed; a channel
 * that fails or is slow must not hold up the window, so a failure is logged, not retried.
 */
@ConsumerType
public interface NotificationChannel {

    /** A short name for logs and configuration, e.g. {@code sms}. */
    String name();

    void deliver(Notification notification);
}
