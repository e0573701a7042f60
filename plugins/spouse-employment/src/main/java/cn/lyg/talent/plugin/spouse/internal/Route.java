package cn.lyg.talent.plugin.spouse.internal;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/** The routes of Art.4.1: "two-way choice first, coordinated allocation second". */
enum Route {
    /** In principle the talent's employer arranges the spouse's job. */
    EMPLOYER_ARRANGED("employer-arranged", "用人单位安排", "Arranged by the talent's employer"),
    /** Where that is truly difficult, on application: recommendation to a unit of the corresponding kind. */
    RECOMMENDATION("recommendation", "对口推荐安置", "Recommendation to a corresponding unit"),
    /** A spouse awaiting employment: the city's public employment service. */
    PUBLIC_EMPLOYMENT_SERVICE("public-employment-service", "纳入公共就业服务", "Public employment service");

    final String key;
    final Text name;

    Route(String key, String zh, String en) {
        this.key = key;
        this.name = Text.of(zh, en);
    }

    Choice choice() {
        return new Choice(key, name);
    }

    static Route of(String key) {
        for (Route r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no route " + key);
    }
}
