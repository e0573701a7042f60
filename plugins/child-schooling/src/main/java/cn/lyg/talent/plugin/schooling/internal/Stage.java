package cn.lyg.talent.plugin.schooling.internal;

import static cn.lyg.talent.plugin.schooling.internal.Texts.TEXTS;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/**
 * School stages of an application (Art.4.2), with the ages that fit each, counted on 31 August of
 * the school year applied for (the day Jiangsu's enrolment counts ages from).
 */
enum Stage {
    KINDERGARTEN("kindergarten", 3, 5, true),
    PRIMARY("primary", 6, 12, true),
    JUNIOR_SECONDARY("junior-secondary", 12, 15, true),
    SENIOR_HIGH("senior-high", 15, 18, false);

    final String key;
    final Text name;
    final int minAge;
    final int maxAge;
    /** Preschool or compulsory education: where Art.4.2 promises exam-free nearby enrolment. */
    final boolean compulsoryOrPreschool;

    Stage(String key, int minAge, int maxAge, boolean compulsoryOrPreschool) {
        this.key = key;
        this.name = TEXTS.text("stage." + name());
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.compulsoryOrPreschool = compulsoryOrPreschool;
    }

    Choice choice() {
        return new Choice(key, name);
    }

    static Stage of(String key) {
        for (Stage s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stage " + key);
    }
}
