package cn.lyg.talent.plugin.housing.internal;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/** The forms of housing support Art.4.3 names. */
enum SupportForm {
    TALENT_APARTMENT("talent-apartment", "人才公寓", "Talent apartment"),
    PURCHASE_VOUCHER("purchase-voucher", "购房券", "Home-purchase voucher"),
    LIVING_SUBSIDY("living-subsidy", "生活补贴", "Living subsidy"),
    EMPLOYER_HOUSING("employer-housing", "用人单位自建人才房", "Employer-built talent housing");

    final String key;
    final Text name;

    SupportForm(String key, String zh, String en) {
        this.key = key;
        this.name = Text.of(zh, en);
    }

    Choice choice() {
        return new Choice(key, name);
    }

    static SupportForm of(String key) {
        for (SupportForm f : values()) {
            if (f.key.equals(key) || f.name().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no housing support form " + key);
    }
}
