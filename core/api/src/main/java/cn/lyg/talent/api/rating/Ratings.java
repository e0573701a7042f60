package cn.lyg.talent.api.rating;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;

/**
 * Satisfaction ratings of a ticket and the rectification of bad ones. The talent rates their own
 * tickets (the window may record a rating given on the phone); the window calls back; the unit
 * rectifies; the talent office voids a mistaken or malicious rating on appeal.
 */
@ProviderType
public interface Ratings {

    /** Rates a ticket at acceptance or completion; one rating per stage unless voided. */
    Rating rate(String ticketId, RatingInput input, Actor actor);

    /** The window's call-back and verification of a bad rating. */
    Rectification callBack(String rectificationId, String note, Actor actor);

    /** The responsible unit (the window for its own) records what it rectified. */
    Rectification rectify(String rectificationId, String result, Actor actor);

    /** The talent rates the rectification. */
    Rating reRate(String rectificationId, RatingInput input, Actor actor);

    /** The talent office voids a rating on appeal as mistaken; the reason is kept. */
    Rating voidRating(String ratingId, String reason, Actor actor);

    /**
     * The talent office voids a rating on appeal; the reason is kept. A {@code malicious} rating's
     * stage (or rectification) then takes no new rating; a mistaken one's takes a corrected one.
     *
     * @since 1.2
     */
    Rating voidRating(String ratingId, String reason, boolean malicious, Actor actor);

    /** All ratings of a ticket, voided ones included. */
    List<Rating> ofTicket(String ticketId, Actor actor);

    /**
     * The rectifications waiting on or watched by the actor, soonest due first: the window and the
     * talent office see those of their jurisdictions, a unit its own.
     *
     * @since 1.1
     */
    Page<Rectification> rectifications(RectificationQuery query, Actor actor);

    /**
     * One rectification the actor may see (a talent, those of their own tickets).
     *
     * @since 1.1
     */
    Rectification rectification(String rectificationId, Actor actor);
}
