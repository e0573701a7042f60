package cn.lyg.talent.engine.internal.supervision;

import java.lang.annotation.Annotation;

import cn.lyg.talent.engine.internal.window.WindowFixture;

/** A supervision component on a window fixture's database, swept by hand (no schedule). */
final class TestSupervision {

    private TestSupervision() {
    }

    /** {@code warningTime}: "HH:mm" of the due day's warning, "" for none. */
    static SupervisionImpl of(WindowFixture f, String warningTime) {
        return new SupervisionImpl(new SupervisionConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SupervisionConfiguration.class;
            }

            @Override
            public int sweepIntervalSeconds() {
                return 0;
            }

            @Override
            public String warningTime() {
                return warningTime;
            }
        }, f.db.database, f.inbox, f.jurisdictions, f.settings, f.clock, f.units);
    }
}
