package cn.lyg.talent.api.catalog;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Fields another bundle adds to a service's form (Art.9 "extend"), registered with the property
 * {@value ServiceOffering#SERVICE_CODE} and optionally {@value ServiceOffering#JURISDICTION}.
 * A field whose name the form already has is ignored and reported in the catalog.
 *
 * @since 1.0
 */
@ConsumerType
public interface FormExtension {

    List<FormField> fields();
}
