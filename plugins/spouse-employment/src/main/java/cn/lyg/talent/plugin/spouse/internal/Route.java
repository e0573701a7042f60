package cn.lyg.talent.plugin.spouse.internal;

import static cn.lyg.talent.plugin.spouse.internal.Texts.TEXTS;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/** The routes of Art.4.1: "two-way choice first, coordinated allocation second". */
enum Route {
    /** In principle the talent's employer arranges the spouse's job. */
    EMPLOYER_ARRANGED("employer-arranged"),
    /** Where that is truly difficult, on application: recommendation to a unit of the corresponding kind. */
    RECOMMENDATION("recommendation"),
    /** A spouse awaiting employment: the city's public employment service. */
    PUBLIC_EMPLOYMENT_SERVICE("public-employment-service");

    final String key;
    final Text name;

    Route(String key) {
        this.key = key;
        this.name = TEXTS.text("route." + name());
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
