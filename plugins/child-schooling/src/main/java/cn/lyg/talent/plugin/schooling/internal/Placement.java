package cn.lyg.talent.plugin.schooling.internal;

import cn.lyg.talent.api.catalog.Text;

/** The placement categories of Art.4.2, with their zh/en wording. */
enum Placement {
    /** Preschool and compulsory education, children of class C or above or of a doctorate holder. */
    PRIORITY_HIGH_QUALITY("优先安排到优质中小学（幼儿园）就读", "priority placement in a high-quality school (kindergarten)"),
    /** Preschool and compulsory education, children of other high-level talents. */
    LOCAL_RESIDENT_POLICY("享受本地户籍人员子女同等入学政策", "the enrolment policy for children of local permanent residents"),
    /** A transfer from another city into senior high school. */
    THREE_STAR_HIGH_SCHOOL("安排到三星级及以上高中就读", "placement in a three-star or above senior high school");

    final Text text;

    Placement(String zh, String en) {
        this.text = Text.of(zh, en);
    }
}
