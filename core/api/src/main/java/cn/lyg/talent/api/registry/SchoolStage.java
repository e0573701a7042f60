package cn.lyg.talent.api.registry;

/** A child's school stage (Art.4.2). */
public enum SchoolStage {
    NOT_IN_SCHOOL, KINDERGARTEN, PRIMARY, JUNIOR_SECONDARY, SENIOR_HIGH, BEYOND
}
