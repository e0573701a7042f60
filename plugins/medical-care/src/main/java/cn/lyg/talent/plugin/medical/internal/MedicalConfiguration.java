package cn.lyg.talent.plugin.medical.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = MedicalConfiguration.PID, name = "Medical care (Art.4.4)",
        description = "Designated hospitals, medical liaison officers and recuperation sessions, kept by the health commission. "
                + "Entries are separated by ';'; a city entry (320700) applies in every county and district.")
@interface MedicalConfiguration {
    String PID = "cn.lyg.talent.plugin.medical";

    @AttributeDefinition(name = "Designated hospitals", description = "<division code>|<hospital name>")
    String hospitals() default "320700|连云港市第一人民医院; 320700|连云港市第二人民医院; 320700|连云港市中医院;"
            + " 320707|连云港市赣榆区人民医院; 320722|东海县人民医院; 320723|灌云县人民医院; 320724|灌南县人民医院";

    @AttributeDefinition(name = "Medical liaison officers", description = "<division code>|<account>|<name>")
    String liaisonOfficers() default "320700|liaison1|市卫健委人才医疗服务联络员";

    @AttributeDefinition(name = "Recuperation sessions",
            description = "<key>|<title zh>|<title en>|<first day>|<last day>|<capacity>")
    String sessions() default "2027-spring|春季疗休养（花果山）|Spring recuperation (Huaguo Mountain)|2027-04-12|2027-04-16|30;"
            + " 2027-autumn|秋季疗休养（连岛）|Autumn recuperation (Liandao Island)|2027-10-18|2027-10-22|30";
}
