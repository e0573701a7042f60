package cn.lyg.talent.plugin.goldcard.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.ServiceOrigin;

/**
 * Whether the city's gold card is the one in force in a jurisdiction (Art.9: a county may replace
 * it, and then its cards are in its own register). The catalog is looked up when a rule is asked,
 * not referenced: the catalog holds the rules, so a reference back to it would be a cycle, and
 * Felix SCR then fails to create the rule whenever the catalog restarts.
 */
final class CityGoldCard {

    private CityGoldCard() {
    }

    static boolean inForce(BundleContext context, String jurisdiction) {
        ServiceReference<ServiceCatalog> ref = context.getServiceReference(ServiceCatalog.class);
        ServiceCatalog catalog = ref == null ? null : context.getService(ref);
        if (catalog == null) {
            return false;
        }
        try {
            return catalog.get(GoldCardIssuing.SERVICE, jurisdiction).map(e -> e.origin == ServiceOrigin.CITY).orElse(false);
        } finally {
            context.ungetService(ref);
        }
    }
}
