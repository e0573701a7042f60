package cn.lyg.talent.api.notify;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.catalog.Text;

/** The in-app inbox: what was addressed to the actor, to their unit and to their roles. */
@ProviderType
public interface Inbox {

    Page<Notification> list(Actor actor, boolean unreadOnly, int offset, int limit);

    /** Marks a notification read; refused when it is not addressed to the actor. */
    Notification markRead(String notificationId, Actor actor);

    /**
     * Tells a talent, in their inbox and through the channels, what a service did for them
     * outside a ticket's steps (a plugin revoking a card, say), Chinese first. The platform finds
     * the talent's login; a talent without one (served offline) is not told. {@code ticketNumber}
     * may be null. A text is cut to what the inbox holds (1000 characters).
     *
     * @since 1.1
     */
    void tellTalent(String talentId, String ticketNumber, Text text);
}
