package cn.lyg.talent.plugin.housing.internal;

import cn.lyg.talent.api.catalog.TextBundle;

/** The plugin's texts: {@code texts_zh.properties} and {@code texts.properties} beside this class. */
final class Texts {
    static final TextBundle TEXTS = TextBundle.of(Texts.class, "cn.lyg.talent.plugin.housing.internal.texts");

    private Texts() {
    }
}
