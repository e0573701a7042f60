package cn.lyg.talent.plugin.medical.internal;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/** What a medical-care request is about (Art.4.4). */
enum Matter {
    DESIGNATED_HOSPITAL("designated-hospital", "确定定点医院和医疗服务联络员", "Designated hospital and liaison officer"),
    HEALTH_EXAMINATION("health-examination", "年度免费健康体检", "Annual free health examination"),
    RECUPERATION("recuperation", "疗休养", "Recuperation"),
    INSURANCE_DECLARATION("insurance-declaration", "用人单位补充医疗保险申报", "Employer's supplementary medical insurance");

    final String key;
    final Text name;

    Matter(String key, String zh, String en) {
        this.key = key;
        this.name = Text.of(zh, en);
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
