package cn.lyg.talent.api.notify;

import java.time.Instant;

/** A message for one recipient, in Chinese and English. */
public class Notification {
    public String id;
    /** See {@link Recipient#address()}. */
    public String recipient;
    public NotificationKind kind;
    public String ticketId;
    public String ticketNumber;
    public String textZh;
    public String textEn;
    public Instant createdAt;
    public Instant readAt;
}
