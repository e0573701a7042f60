package cn.lyg.talent.plugin.schooling.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = SchoolListsConfiguration.PID, name = "Children's schooling (Art.4.2)",
        description = "The schools each jurisdiction's Education Bureau names for Art.4.2 placements: entries "
                + "<division code>|<school name> separated by ';'; a city entry (320700) applies in every county and district. "
                + "The defaults are a starting list for the Education Bureau to check and keep.")
@interface SchoolListsConfiguration {
    String PID = "cn.lyg.talent.plugin.schooling";

    @AttributeDefinition(name = "High-quality schools and kindergartens",
            description = "Priority placements for children of class C or above talents or of doctorate holders.")
    String highQualitySchools() default "320700|连云港外国语学校; 320700|连云港市实验学校; 320706|连云港市新海实验中学";

    @AttributeDefinition(name = "Three-star or above senior high schools",
            description = "Placements for children transferring from another city into senior high school.")
    String threeStarHighSchools() default "320706|江苏省新海高级中学; 320706|江苏省海州高级中学; 320707|江苏省赣榆高级中学;"
            + " 320722|江苏省东海高级中学; 320723|江苏省灌云高级中学; 320724|江苏省灌南高级中学";
}
