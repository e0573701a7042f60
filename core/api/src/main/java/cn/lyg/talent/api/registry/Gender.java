package cn.lyg.talent.api.registry;

public enum Gender {
    MALE, FEMALE
}
