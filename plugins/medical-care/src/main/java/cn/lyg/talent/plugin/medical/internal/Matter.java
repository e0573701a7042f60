package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/** What a medical-care request is about (Art.4.4). */
enum Matter {
    DESIGNATED_HOSPITAL("designated-hospital"),
    HEALTH_EXAMINATION("health-examination"),
    RECUPERATION("recuperation"),
    INSURANCE_DECLARATION("insurance-declaration");

    final String key;
    final Text name;

    Matter(String key) {
        this.key = key;
        this.name = TEXTS.text("matter." + name());
    }

    Choice choice() {
        return new Choice(key, name);
    }

    static Matter of(String key) {
        for (Matter m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no matter " + key);
    }
}
