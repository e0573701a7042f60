package cn.lyg.talent.api.rating;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;

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

    /** The talent office voids a rating on appeal; the reason is kept. */
    Rating voidRating(String ratingId, String reason, Actor actor);

    /** All ratings of a ticket, voided ones included. */
    List<Rating> ofTicket(String ticketId, Actor actor);
}
