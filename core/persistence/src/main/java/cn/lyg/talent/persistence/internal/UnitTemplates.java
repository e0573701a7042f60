package cn.lyg.talent.persistence.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManagerFactory;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import cn.lyg.talent.persistence.UnitTransactions;

/**
 * Publishes a {@link JpaTemplate} for every persistence unit Aries JPA's container brings up,
 * under the unit's {@code osgi.unit.name}, and withdraws it with the unit: the engine and each
 * plugin reference {@code (osgi.unit.name=...)} as before. Aries JPA's own templates (its
 * support bundle) are kept out of the distribution (decision 0019).
 */
@Component(immediate = true)
public class UnitTemplates {
    static final String UNIT_NAME = "osgi.unit.name";
    static final int RANKING = 1000;
    private static final String[] UNIT_PROPERTIES = {UNIT_NAME, "osgi.unit.version", "osgi.unit.provider"};

    private final BundleContext context;
    private final Map<EntityManagerFactory, ServiceRegistration<JpaTemplate>> published = new ConcurrentHashMap<>();

    @Activate
    public UnitTemplates(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + UNIT_NAME + "=*)")
    void addUnit(EntityManagerFactory unit, Map<String, Object> properties) {
        Hashtable<String, Object> templateProperties = new Hashtable<>();
        for (String key : UNIT_PROPERTIES) {
            Object value = properties.get(key);
            if (value != null) {
                templateProperties.put(key, value);
            }
        }
        // Ranked above any other template of the unit (Aries JPA's, where a Karaf without this
        // distribution's features processing installs its support bundle): components bind ours.
        templateProperties.put(Constants.SERVICE_RANKING, RANKING);
        published.put(unit, context.registerService(JpaTemplate.class, new UnitTransactions(unit), templateProperties));
    }

    void removeUnit(EntityManagerFactory unit) {
        ServiceRegistration<JpaTemplate> registration = published.remove(unit);
        if (registration != null) {
            withdraw(registration);
        }
    }

    @Deactivate
    void deactivate() {
        published.values().forEach(UnitTemplates::withdraw);
        published.clear();
    }

    private static void withdraw(ServiceRegistration<JpaTemplate> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The bundle is stopping and the framework has already withdrawn it.
        }
    }
}
