package cn.lyg.talent.engine.internal.rating;

import java.lang.annotation.Annotation;

import cn.lyg.talent.engine.internal.calendar.TestCalendars;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** Ratings wired to a window fixture, with the default 5 working days to rectify. */
public final class TestRatings {

    private TestRatings() {
    }

    public static RatingsImpl of(WindowFixture f) {
        return new RatingsImpl(new RatingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RatingConfiguration.class;
            }

            @Override
            public int rectificationWorkingDays() {
                return 5;
            }
        }, f.db.database, f.window, TestCalendars.official(f.settings), f.inbox, f.clock,
                f.jurisdictions, f.settings, f.units);
    }
}
