package cn.lyg.talent.plugin.medical.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = MedicalConfiguration.PID, name = "Medical care (Art.4.4)",
        description = "Designated hospitals, medical liaison officers and recuperation sessions, kept by the health commission. "
                + "Entries are separated by ';'; a city entry (320700) applies in every county and district.")
@interface MedicalConfiguration {
    String PID = "cn.lyg.talent.plugin.medical";

    // The English name is optional so that entries written before it existed still load; without
    // it English screens show the Chinese name.
    @AttributeDefinition(name = "Designated hospitals", description = "<division code>|<name zh>|<name en>")
    String hospitals() default "320700|连云港市第一人民医院|Lianyungang First People's Hospital;"
            + " 320700|连云港市第二人民医院|Lianyungang Second People's Hospital;"
            + " 320700|连云港市中医院|Lianyungang Hospital of Traditional Chinese Medicine;"
            + " 320707|连云港市赣榆区人民医院|Ganyu District People's Hospital;"
            + " 320722|东海县人民医院|Donghai County People's Hospital;"
            + " 320723|灌云县人民医院|Guanyun County People's Hospital;"
            + " 320724|灌南县人民医院|Guannan County People's Hospital";

    @AttributeDefinition(name = "Medical liaison officers", description = "<division code>|<account>|<name zh>|<name en>")
    String liaisonOfficers() default "320700|liaison1|市卫健委人才医疗服务联络员"
            + "|Talent medical liaison officer, Municipal Health Commission";

    @AttributeDefinition(name = "Recuperation sessions",
            description = "<key>|<title zh>|<title en>|<first day>|<last day>|<capacity>")
    String sessions() default "2027-spring|春季疗休养（花果山）|Spring recuperation (Huaguo Mountain)|2027-04-12|2027-04-16|30;"
            + " 2027-autumn|秋季疗休养（连岛）|Autumn recuperation (Liandao Island)|2027-10-18|2027-10-22|30";
}
