package cn.lyg.talent.engine.internal.catalog;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormExtension;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Provider;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.engine.internal.store.Database;

/** Catalogs for tests, outside OSGi: plugins are handed in as OSGi would bind them. */
public final class TestCatalogs {
    private static final AtomicLong IDS = new AtomicLong(1000);

    private TestCatalogs() {
    }

    public static ServiceCatalogImpl catalog(Database db, UnitDirectory units, JurisdictionDirectory jurisdictions,
            InstanceSettings settings, Clock clock, int timeoutMillis) {
        return new ServiceCatalogImpl(config(timeoutMillis), db, units, jurisdictions, settings, clock);
    }

    static CatalogConfiguration config(int timeoutMillis) {
        return new CatalogConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CatalogConfiguration.class;
            }

            @Override
            public int pluginTimeoutMillis() {
                return timeoutMillis;
            }

            @Override
            public String descriptorFolder() {
                return "";
            }

            @Override
            public int descriptorScanSeconds() {
                return 2;
            }
        };
    }

    public static ServiceDefinition definition(String code, String jurisdiction, String... units) {
        ServiceDefinition d = new ServiceDefinition();
        d.code = code;
        d.name = new Text("服务" + code, "Service " + code);
        d.units = List.of(units);
        d.jurisdiction = jurisdiction;
        return d;
    }

    public static FormField field(String name, FieldType type, boolean required) {
        return new FormField(name, type, new Text("字段" + name, "Field " + name), required);
    }

    /** Offers {@code d} as bundle {@code bundle} would; returns the registration id for withdrawing it. */
    public static long offer(ServiceCatalogImpl catalog, ServiceDefinition d, String bundle, int ranking) {
        long id = IDS.incrementAndGet();
        ServiceOffering offering = () -> d;
        catalog.offer(offering, new Provider(bundle, "1.0.0", null, ranking), ranking, id);
        return id;
    }

    /** Adds a rule, form extension, handler or listener for {@code code} as bundle {@code bundle}. */
    public static long extend(ServiceCatalogImpl catalog, Object plugin, String code, String jurisdiction, String bundle,
            int ranking) {
        return extend(catalog, plugin, code, jurisdiction, bundle, ranking, IDS.incrementAndGet());
    }

    /** As above, under a given service id (a component registered under several interfaces has one). */
    public static long extend(ServiceCatalogImpl catalog, Object plugin, String code, String jurisdiction, String bundle,
            int ranking, long id) {
        ServiceCatalogImpl.Kind kind = plugin instanceof EligibilityRule ? ServiceCatalogImpl.Kind.RULE
                : plugin instanceof FormExtension ? ServiceCatalogImpl.Kind.FIELDS
                : plugin instanceof ServiceHandler ? ServiceCatalogImpl.Kind.HANDLER
                : ServiceCatalogImpl.Kind.LISTENER;
        catalog.add(kind, plugin, new Provider(bundle, "1.0.0", null, ranking), code, jurisdiction, ranking, id);
        return id;
    }
}
