package cn.lyg.talent.engine.internal.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.JurisdictionEntity;

/**
 * Jurisdictions, read once on activation: division codes change only with a schema migration.
 * Refuses to start when the instance is configured for a jurisdiction it does not know.
 */
@Component(service = JurisdictionDirectory.class)
public class JurisdictionDirectoryImpl implements JurisdictionDirectory {
    private final Map<String, Jurisdiction> byCode;
    private final Jurisdiction instance;

    @Activate
    public JurisdictionDirectoryImpl(@Reference Database database, @Reference InstanceSettings settings) {
        List<JurisdictionEntity> rows = database.jpa().txExpr(TransactionType.Required,
                em -> em.createQuery("select j from JurisdictionEntity j order by j.code", JurisdictionEntity.class)
                        .getResultList());
        this.byCode = index(rows);
        this.instance = byCode.get(settings.jurisdiction());
        if (instance == null) {
            throw new IllegalArgumentException("cn.lyg.talent.instance: jurisdiction '" + settings.jurisdiction()
                    + "' is not a known jurisdiction; known: " + byCode.keySet());
        }
    }

    static Map<String, Jurisdiction> index(List<JurisdictionEntity> rows) {
        Map<String, Jurisdiction> map = new LinkedHashMap<>();
        for (JurisdictionEntity e : rows) {
            Jurisdiction j = new Jurisdiction();
            j.code = e.code;
            j.nameZh = e.nameZh;
            j.nameEn = e.nameEn;
            j.kind = e.kind;
            j.parentCode = e.parentCode;
            j.active = e.active;
            map.put(j.code, j);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public List<Jurisdiction> list() {
        return List.copyOf(byCode.values());
    }

    @Override
    public Optional<Jurisdiction> get(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    @Override
    public Jurisdiction instanceJurisdiction() {
        return instance;
    }

    @Override
    public boolean covers(String scope, String code) {
        // Walk up from code; parents form a tree rooted at the city.
        for (String c = code; c != null; ) {
            if (c.equals(scope)) {
                return true;
            }
            Jurisdiction j = byCode.get(c);
            c = j == null ? null : j.parentCode;
        }
        return false;
    }

    @Override
    public List<Jurisdiction> children(String code) {
        List<Jurisdiction> result = new ArrayList<>();
        for (Jurisdiction j : byCode.values()) {
            if (code.equals(j.parentCode)) {
                result.add(j);
            }
        }
        return result;
    }
}
