package cn.lyg.talent.api.org;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The jurisdictions the platform knows and the one this instance serves. */
@ProviderType
public interface JurisdictionDirectory {

    List<Jurisdiction> list();

    Optional<Jurisdiction> get(String code);

    /** The jurisdiction this instance serves (configuration {@code cn.lyg.talent.instance}). */
    Jurisdiction instanceJurisdiction();

    /** Whether {@code code} is {@code scope} itself or lies inside it. */
    boolean covers(String scope, String code);

    /** The jurisdictions directly inside {@code code}. */
    List<Jurisdiction> children(String code);
}
