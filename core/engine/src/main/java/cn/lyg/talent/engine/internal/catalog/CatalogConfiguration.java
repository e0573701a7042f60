package cn.lyg.talent.engine.internal.catalog;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = CatalogConfiguration.PID, name = "Talent platform service catalog",
        description = "How the platform calls service plugins and where it looks for service descriptors.")
@interface CatalogConfiguration {
    String PID = "cn.lyg.talent.catalog";

    @AttributeDefinition(name = "Plugin time limit (ms)",
            description = "How long a rule, handler or listener may take before the platform records it as failed.",
            min = "100", max = "60000")
    int pluginTimeoutMillis() default 5000;

    @AttributeDefinition(name = "Descriptor folder",
            description = "Folder watched for service descriptor files (*.xml); empty: <karaf.etc>/services.")
    String descriptorFolder() default "";

    @AttributeDefinition(name = "Descriptor scan interval (s)", min = "1", max = "3600")
    int descriptorScanSeconds() default 2;
}
