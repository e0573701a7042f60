package cn.lyg.talent.plugin.schooling.internal;

import static cn.lyg.talent.plugin.schooling.internal.Texts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/**
 * The schools each jurisdiction names for Art.4.2 (configuration: the Education Bureau keeps the
 * lists in {@code etc/cn.lyg.talent.plugin.schooling.cfg}). A bad entry stops the component with
 * the entry named, rather than silently offering fewer schools.
 */
@Component(service = SchoolLists.class, configurationPid = SchoolListsConfiguration.PID)
@Designate(ocd = SchoolListsConfiguration.class)
public class SchoolLists {

    /** One school: the jurisdiction that names it and its name. */
    record School(String jurisdiction, String name) {
    }

    private final JurisdictionDirectory jurisdictions;
    private final Map<Placement, List<School>> schools = new LinkedHashMap<>();

    @Activate
    public SchoolLists(SchoolListsConfiguration config, @Reference JurisdictionDirectory jurisdictions) {
        this.jurisdictions = jurisdictions;
        schools.put(Placement.PRIORITY_HIGH_QUALITY, parse("highQualitySchools", config.highQualitySchools()));
        schools.put(Placement.THREE_STAR_HIGH_SCHOOL, parse("threeStarHighSchools", config.threeStarHighSchools()));
    }

    private List<School> parse(String key, String value) {
        List<School> out = new ArrayList<>();
        for (String entry : value == null || value.isBlank() ? new String[0] : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int bar = entry.indexOf('|');
            String code = bar < 0 ? "" : entry.substring(0, bar).strip();
            String name = bar < 0 ? "" : entry.substring(bar + 1).strip();
            if (code.isEmpty() || name.isEmpty() || jurisdictions.get(code).isEmpty()) {
                // Art.9: a county's operator reads why in catalog:problems, in Chinese and English.
                throw new ConfigurationRefused(SchoolListsConfiguration.PID,
                        TEXTS.text("config.SCHOOL_ENTRY_NOT_VALID", key, entry.strip()));
            }
            out.add(new School(code, name));
        }
        return List.copyOf(out);
    }

    /** The schools of a category open to a child of {@code jurisdiction}: its own and the city's. */
    List<School> schools(Placement category, String jurisdiction) {
        return schools.getOrDefault(category, List.of()).stream()
                .filter(s -> jurisdictions.covers(s.jurisdiction(), jurisdiction)).toList();
    }

    Map<Placement, List<School>> all() {
        return schools;
    }
}
