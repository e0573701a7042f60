package cn.lyg.talent.api.supervision;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;

/**
 * Supervision of the Art.7 deadlines (Art.8). A scheduled sweep raises the notices; it can also
 * be run at once (console {@code ticket:notices --sweep}, tests that travel in time). It takes
 * no actor: callers decide who may trigger it.
 */
@ProviderType
public interface Supervision {

    /** Raises what is due now and was not raised before; safe to run on several nodes at once. */
    SweepResult sweep();

    /** Notices the actor may see: the talent office and the window all in their jurisdiction, a unit its own. */
    Page<SupervisionNotice> notices(NoticeKind kind, String unit, Actor actor, int offset, int limit);

    /**
     * The assessment of a period (Art.8): per jurisdiction and party, the deadlines kept and
     * missed, the notices raised, the ratings and the rectifications. For the talent office and
     * the operator, within their jurisdiction.
     *
     * @since 1.1
     */
    Assessment assess(AssessmentQuery query, Actor actor);
}
