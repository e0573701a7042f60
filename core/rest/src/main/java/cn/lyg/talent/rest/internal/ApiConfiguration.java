package cn.lyg.talent.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = ApiConfiguration.PID, name = "Talent platform REST API")
@interface ApiConfiguration {
    String PID = "cn.lyg.talent.rest";

    @AttributeDefinition(name = "Address", description = "Path under the CXF servlet (etc/org.apache.cxf.osgi.cfg "
            + "puts that at /api), so /v1 serves /api/v1.")
    String address() default "/v1";

    @AttributeDefinition(name = "JAAS realm")
    String realm() default "karaf";

    @AttributeDefinition(name = "Largest request body in bytes", min = "1024", max = "1048576",
            description = "A value that is not a whole number in range reads as the default; catalog:problems names it.")
    long maxBodyBytes() default 65536;

    @AttributeDefinition(name = "Seconds a successful login is remembered", min = "0", max = "3600",
            description = "A value that is not a whole number in range reads as the default; catalog:problems names it.")
    int loginCacheSeconds() default 60;
}
