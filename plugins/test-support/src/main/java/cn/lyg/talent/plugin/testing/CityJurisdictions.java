package cn.lyg.talent.plugin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.JurisdictionKind;

/**
 * Lianyungang's jurisdictions as the platform seeds them (GB/T 2260; see the platform's
 * migration V002): the city and the districts, counties and development zone inside it.
 */
public final class CityJurisdictions implements JurisdictionDirectory {
    private final List<Jurisdiction> all = new ArrayList<>();

    public CityJurisdictions() {
        add("320700", "连云港市", "Lianyungang", JurisdictionKind.CITY, null);
        add("320703", "连云区", "Lianyun District", JurisdictionKind.DISTRICT, "320700");
        add("320706", "海州区", "Haizhou District", JurisdictionKind.DISTRICT, "320700");
        add("320707", "赣榆区", "Ganyu District", JurisdictionKind.DISTRICT, "320700");
        add("320722", "东海县", "Donghai County", JurisdictionKind.COUNTY, "320700");
        add("320723", "灌云县", "Guanyun County", JurisdictionKind.COUNTY, "320700");
        add("320724", "灌南县", "Guannan County", JurisdictionKind.COUNTY, "320700");
    }

    private void add(String code, String zh, String en, JurisdictionKind kind, String parent) {
        Jurisdiction j = new Jurisdiction();
        j.code = code;
        j.nameZh = zh;
        j.nameEn = en;
        j.kind = kind;
        j.parentCode = parent;
        j.active = true;
        all.add(j);
    }

    @Override
    public List<Jurisdiction> list() {
        return List.copyOf(all);
    }

    @Override
    public Optional<Jurisdiction> get(String code) {
        return all.stream().filter(j -> j.code.equals(code)).findFirst();
    }

    @Override
    public Jurisdiction instanceJurisdiction() {
        return get("320700").orElseThrow();
    }

    @Override
    public boolean covers(String scope, String code) {
        for (String at = code; at != null; at = get(at).map(j -> j.parentCode).orElse(null)) {
            if (at.equals(scope)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Jurisdiction> children(String code) {
        return all.stream().filter(j -> code.equals(j.parentCode)).toList();
    }
}
