package cn.lyg.talent.plugin.housing.internal;

import static cn.lyg.talent.plugin.housing.internal.Texts.TEXTS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentClass;

/**
 * One jurisdiction's housing terms, from one factory configuration. Every value is checked on
 * activation; a bad one stops this configuration with the key named (the log says which).
 */
@Component(service = HousingTerms.class, configurationPid = HousingTermsConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HousingTermsConfiguration.class, factory = true)
public class HousingTerms {
    final String jurisdiction;
    final Map<SupportForm, Set<TalentClass>> classes = new EnumMap<>(SupportForm.class);
    final Map<TalentClass, Integer> voucher = new EnumMap<>(TalentClass.class);
    final Map<TalentClass, Integer> subsidy = new EnumMap<>(TalentClass.class);
    final int subsidyMonths;
    final int rentFreeMonths;
    final int monthlyRent;
    final List<Set<SupportForm>> exclusive = new ArrayList<>();

    @Activate
    public HousingTerms(HousingTermsConfiguration c, Map<String, Object> properties,
            @Reference JurisdictionDirectory jurisdictions, @Reference ConfigurationAdmin configurations) {
        this.jurisdiction = c.jurisdiction().strip();
        // A code no jurisdiction has (320799) or one abolished in a reform would be published in
        // the guide and apply to no talent, who would silently keep the city's terms.
        if (!jurisdiction.matches("\\d{6}")
                || jurisdictions.get(jurisdiction).filter(j -> j.active).isEmpty()) {
            throw bad("jurisdiction", c.jurisdiction(), TEXTS.text("config.RULE_DIVISION"));
        }
        classes.put(SupportForm.TALENT_APARTMENT, classes("apartmentClasses", c.apartmentClasses()));
        classes.put(SupportForm.PURCHASE_VOUCHER, classes("voucherClasses", c.voucherClasses()));
        classes.put(SupportForm.LIVING_SUBSIDY, classes("subsidyClasses", c.subsidyClasses()));
        classes.put(SupportForm.EMPLOYER_HOUSING, classes("employerHousingClasses", c.employerHousingClasses()));
        amounts(voucher, "voucher", c.voucherA(), c.voucherB(), c.voucherC(), c.voucherD());
        amounts(subsidy, "subsidy", c.subsidyA(), c.subsidyB(), c.subsidyC(), c.subsidyD());
        if (c.subsidyMonths() < 1 || c.subsidyMonths() > 120) {
            throw bad("subsidyMonths", c.subsidyMonths(), TEXTS.text("config.RULE_MONTHS", 1));
        }
        if (c.apartmentRentFreeMonths() < 0 || c.apartmentRentFreeMonths() > 120) {
            throw bad("apartmentRentFreeMonths", c.apartmentRentFreeMonths(), TEXTS.text("config.RULE_MONTHS", 0));
        }
        this.subsidyMonths = c.subsidyMonths();
        this.rentFreeMonths = c.apartmentRentFreeMonths();
        if (c.apartmentMonthlyRent() < 0) {
            throw bad("apartmentMonthlyRent", c.apartmentMonthlyRent(), TEXTS.text("config.RULE_NOT_NEGATIVE"));
        }
        this.monthlyRent = c.apartmentMonthlyRent();
        for (String pair : c.exclusive().split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] two = pair.split("\\+");
            try {
                exclusive.add(EnumSet.of(SupportForm.valueOf(two[0].strip()), SupportForm.valueOf(two[1].strip())));
            } catch (RuntimeException e) {
                throw bad("exclusive", pair, TEXTS.text("config.RULE_EXCLUSIVE"));
            }
        }
        // One file per jurisdiction: two would put two sets of amounts for one county in the
        // guide, and which a talent is granted would be chance. A file naming a jurisdiction
        // another file names is refused (both, when both start at once); Housing then applies
        // neither, since a refused file holds its jurisdiction, until one is deleted or corrected
        // (the platform then retries the other).
        List<String> others = othersFor(configurations, jurisdiction, properties.get(Constants.SERVICE_PID));
        if (!others.isEmpty()) {
            throw bad("jurisdiction", c.jurisdiction(), TEXTS.text("config.RULE_ONE_FILE", String.join(", ", others)));
        }
    }

    /** The files of the other housing terms naming {@code jurisdiction}, as the operator knows them. */
    private static List<String> othersFor(ConfigurationAdmin admin, String jurisdiction, Object ownPid) {
        Configuration[] all;
        try {
            all = admin.listConfigurations("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + HousingTermsConfiguration.PID + ")");
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("the housing terms cannot be listed", e);
        }
        List<String> out = new ArrayList<>();
        for (Configuration other : all == null ? new Configuration[0] : all) {
            Dictionary<String, Object> p = other.getProperties();
            if (p == null || other.getPid().equals(ownPid)) {
                continue;
            }
            Object named = p.get("jurisdiction");
            if ((named == null ? HousingTermsConfiguration.CITY : named.toString().strip()).equals(jurisdiction)) {
                Object file = p.get("felix.fileinstall.filename");
                String path = file == null ? other.getPid() : file.toString();
                out.add(file == null ? path : "etc/" + path.substring(path.lastIndexOf('/') + 1));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static Set<TalentClass> classes(String key, String value) {
        Set<TalentClass> out = EnumSet.noneOf(TalentClass.class);
        for (String s : value.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            TalentClass t;
            try {
                t = TalentClass.valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(key, value, TEXTS.text("config.RULE_CLASSES"));
            }
            if (t == TalentClass.E) {
                // Art.3: services are for talents of class D and above.
                throw bad(key, value, TEXTS.text("config.RULE_CLASS_E"));
            }
            out.add(t);
        }
        return out;
    }

    private static void amounts(Map<TalentClass, Integer> into, String key, int a, int b, int c, int d) {
        int[] v = {a, b, c, d};
        TalentClass[] cls = {TalentClass.A, TalentClass.B, TalentClass.C, TalentClass.D};
        for (int i = 0; i < 4; i++) {
            if (v[i] < 0) {
                throw bad(key + cls[i], v[i], TEXTS.text("config.RULE_NOT_NEGATIVE"));
            }
            into.put(cls[i], v[i]);
        }
    }

    /** Art.9: a county's operator reads why in catalog:problems, in Chinese and English. */
    private static ConfigurationRefused bad(String key, Object value, Text why) {
        return new ConfigurationRefused(HousingTermsConfiguration.PID, TEXTS.text("config.NOT_VALID", key, value, why));
    }
}
