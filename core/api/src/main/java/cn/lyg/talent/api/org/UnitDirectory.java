package cn.lyg.talent.api.org;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;

/** The responsible units (Art.5), as data an operator edits. */
@ProviderType
public interface UnitDirectory {

    List<Unit> list();

    Optional<Unit> get(String code);

    /** Units answering for a service code (Art.5). */
    List<Unit> forService(String serviceCode);

    /** Creates or updates a unit; admin or supervisor only. */
    Unit save(UnitInput input, Actor actor);
}
