package cn.lyg.talent.engine.internal.store;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One reader's reading of a notification: a notice addressed to a role or a unit is read by
 * each of its readers for themselves (migration V010).
 */
@Entity
@Table(name = "NOTIFICATION_READ")
@IdClass(NotificationReadEntity.Key.class)
public class NotificationReadEntity {
    @Id
    @Column(name = "NOTIFICATION_ID", length = 36)
    public String notificationId;
    @Id
    @Column(name = "ACCOUNT", length = 120)
    public String account;
    @Column(name = "READ_AT")
    public LocalDateTime readAt;

    /** The primary key: a notification and a reader. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String notificationId;
        public String account;

        public Key() {
        }

        public Key(String notificationId, String account) {
            this.notificationId = notificationId;
            this.account = account;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(notificationId, k.notificationId)
                    && Objects.equals(account, k.account);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, account);
        }
    }
}
