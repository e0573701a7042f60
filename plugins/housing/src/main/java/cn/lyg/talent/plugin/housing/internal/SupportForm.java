package cn.lyg.talent.plugin.housing.internal;

import static cn.lyg.talent.plugin.housing.internal.Texts.TEXTS;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.Text;

/** The forms of housing support Art.4.3 names. */
enum SupportForm {
    TALENT_APARTMENT("talent-apartment"),
    PURCHASE_VOUCHER("purchase-voucher"),
    LIVING_SUBSIDY("living-subsidy"),
    EMPLOYER_HOUSING("employer-housing");

    final String key;
    final Text name;

    SupportForm(String key) {
        this.key = key;
        this.name = TEXTS.text("supportForm." + name());
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
