package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = CountyServiceConfiguration.PID, name = "${serviceNameEn}",
        description = "Settings of the ${serviceCode} service plugin; put them in etc/${package}.cfg.")
@interface CountyServiceConfiguration {
    String PID = "${package}";

    @AttributeDefinition(name = "Lowest talent class served",
            description = "The county's own condition (Art.9): talents of this class or higher (A is highest) may apply.",
            options = {
                    @org.osgi.service.metatype.annotations.Option(value = "A"), @org.osgi.service.metatype.annotations.Option(value = "B"),
                    @org.osgi.service.metatype.annotations.Option(value = "C"), @org.osgi.service.metatype.annotations.Option(value = "D")})
    String lowestClass() default "D";
}
