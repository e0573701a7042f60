package cn.lyg.talent.api.catalog;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The services offered right now (Art.4, Art.9), built from the offerings and descriptors
 * present; it changes while the instance runs. Readable by anyone: the catalog and the guides are
 * public information.
 *
 * @since 1.0
 */
@ProviderType
public interface ServiceCatalog {

    /** The services in force in a jurisdiction (null: the instance's own), ordered by code. */
    List<CatalogEntry> list(String jurisdiction);

    Optional<CatalogEntry> get(String serviceCode, String jurisdiction);

    /** Every published revision of a service's guide in a jurisdiction, newest first, without HTML. */
    List<GuideRevision> guideRevisions(String serviceCode, String jurisdiction);

    /** One revision with its HTML; revision 0 means the latest. */
    Optional<GuideRevision> guide(String serviceCode, String jurisdiction, int revision);

    /** Descriptors that could not be read, as of now. */
    List<DescriptorProblem> problems();
}
