package cn.lyg.talent.plugin.goldcard.internal;

import java.util.List;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TextBundle;

/** The plugin's texts: {@code texts_zh.properties} and {@code texts.properties} beside this class. */
final class Texts {
    static final TextBundle TEXTS = TextBundle.of(Texts.class, "cn.lyg.talent.plugin.goldcard.internal.texts");

    private Texts() {
    }

    /** A refusal whose code is also its text's key, about one field when {@code field} is not null. */
    static Refusal refusal(Refusal.Kind kind, String code, String field, Object... args) {
        Text t = TEXTS.text(code, args);
        return new Refusal(kind, code, t.zh, t.en, field == null ? List.of() : List.of(new FieldError(field, code, t.zh, t.en)));
    }
}
