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
    /**
     * When the reader of the inbox marked it read, null if they have not: each reader of a notice
     * addressed to a role or a unit reads it for themselves. (In a channel's delivery: null.)
     */
    public Instant readAt;
}
