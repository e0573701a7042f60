package cn.lyg.talent.api.registry;

import java.time.LocalDate;

/** A child, as children's schooling (Art.4.2) needs them. */
public class Child {
    public String name;
    public LocalDate birthDate;
    public SchoolStage schoolStage;
}
