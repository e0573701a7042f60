package cn.lyg.talent.api.rating;

/** A rating as given by the talent or recorded for them by the window. */
public class RatingInput {
    public RatingStage stage;
    public RatingLevel level;
    public String comment;
}
