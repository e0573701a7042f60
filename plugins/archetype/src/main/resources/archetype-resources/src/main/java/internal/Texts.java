package ${package}.internal;

import cn.lyg.talent.api.catalog.TextBundle;

/**
 * The plugin's texts, Chinese first and English second: {@code texts_zh.properties} and
 * {@code texts.properties} beside this class (what a talent or clerk reads is never a literal in
 * code).
 */
final class Texts {
    static final TextBundle TEXTS = TextBundle.of(Texts.class, "${package}.internal.texts");

    private Texts() {
    }
}
