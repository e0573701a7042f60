package cn.lyg.talent.api.notify;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;

/** The in-app inbox: what was addressed to the actor, to their unit and to their roles. */
@ProviderType
public interface Inbox {

    Page<Notification> list(Actor actor, boolean unreadOnly, int offset, int limit);

    /** Marks a notification read; refused when it is not addressed to the actor. */
    Notification markRead(String notificationId, Actor actor);
}
