package cn.lyg.talent.api.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A service as it is offered in one jurisdiction right now: the definition in force (with the
 * fields extensions add), who provides it, what it replaces and who extends it.
 */
public class CatalogEntry {
    public ServiceDefinition definition;
    /** The jurisdiction this entry answers for. */
    public String jurisdiction;
    public ServiceOrigin origin;
    public Provider provider;
    /** Offerings of the same code that are installed but not in force here. */
    public List<Provider> standby = new ArrayList<>();
    /** Bundles adding rules, fields, a handler or listeners. */
    public List<Provider> extensions = new ArrayList<>();
    /** The revision of the guide now published (Art.6 "revises it in time"). */
    public int guideRevision;
    /** What is wrong with the contributions to this service, e.g. a duplicate field name. */
    public List<String> warnings = new ArrayList<>();
}
