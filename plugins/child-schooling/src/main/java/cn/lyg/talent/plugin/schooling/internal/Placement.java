package cn.lyg.talent.plugin.schooling.internal;

import static cn.lyg.talent.plugin.schooling.internal.Texts.TEXTS;

import cn.lyg.talent.api.catalog.Text;

/** The placement categories of Art.4.2, with their zh/en wording. */
enum Placement {
    /** Preschool and compulsory education, children of class C or above or of a doctorate holder. */
    PRIORITY_HIGH_QUALITY,
    /** Preschool and compulsory education, children of other high-level talents. */
    LOCAL_RESIDENT_POLICY,
    /** A transfer from another city into senior high school. */
    THREE_STAR_HIGH_SCHOOL;

    final Text text;

    Placement() {
        this.text = TEXTS.text("placement." + name());
    }
}
