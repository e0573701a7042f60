package cn.lyg.talent.plugin.schooling.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Optional;

import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;

/** The rules of Art.4.2, free of OSGi so that each clause is tested on its own. */
final class SchoolingRules {

    private SchoolingRules() {
    }

    /**
     * Art.4.2: preschool and compulsory education — class C or above, or a doctorate, get priority
     * placement in a high-quality school; other high-level talents the local residents' policy;
     * where the child's household registration (hukou) lies plays no part. Senior high — a
     * transfer from another city goes to a three-star or above high school; nothing else is
     * promised there (empty).
     */
    static Optional<Placement> placement(Talent talent, Stage stage, boolean transferFromOtherCity) {
        if (!stage.compulsoryOrPreschool) {
            return transferFromOtherCity ? Optional.of(Placement.THREE_STAR_HIGH_SCHOOL) : Optional.empty();
        }
        boolean classCOrAbove = talent.currentClass != null && talent.currentClass.compareTo(TalentClass.C) <= 0;
        boolean doctorate = talent.highestDegree == Degree.DOCTORATE;
        return Optional.of(classCOrAbove || doctorate ? Placement.PRIORITY_HIGH_QUALITY : Placement.LOCAL_RESIDENT_POLICY);
    }

    /**
     * The child's age on 31 August of the year of application: the school year that starts that
     * September, or for a transfer from September on, the one under way (both start that year).
     */
    static int age(LocalDate birthDate, LocalDate applicationDay) {
        LocalDate counted = LocalDate.of(applicationDay.getYear(), Month.AUGUST, 31);
        return Period.between(birthDate, counted).getYears();
    }

    static boolean ageFits(Child child, Stage stage, LocalDate applicationDay) {
        if (child.birthDate == null) {
            return false;
        }
        int age = age(child.birthDate, applicationDay);
        return age >= stage.minAge && age <= stage.maxAge;
    }

    /** The child of the talent's record with this name (the application is for one child). */
    static Optional<Child> child(Talent talent, String name) {
        if (talent.children == null || name == null) {
            return Optional.empty();
        }
        return talent.children.stream().filter(c -> name.strip().equals(c.name)).findFirst();
    }
}
