package cn.lyg.talent.engine.internal;

import java.util.List;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/**
 * Where an actor may act: inside the jurisdiction the instance serves and inside the actor's
 * own (a grant may narrow the latter, never reach beyond the instance).
 */
public final class Scope {
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings settings;

    public Scope(JurisdictionDirectory jurisdictions, InstanceSettings settings) {
        this.jurisdictions = jurisdictions;
        this.settings = settings;
    }

    public boolean covers(Actor actor, String code) {
        return jurisdictions.covers(settings.jurisdiction(), code) && jurisdictions.covers(actor.jurisdiction(), code);
    }

    /** Every jurisdiction code the actor covers, for queries. */
    public List<String> codes(Actor actor) {
        return jurisdictions.list().stream().map(j -> j.code).filter(c -> covers(actor, c)).toList();
    }
}
