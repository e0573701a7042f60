package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/**
 * The health commission's data for Art.4.4, from configuration: designated hospitals and
 * liaison officers per jurisdiction, and the recuperation sessions. Each entry is checked; a bad
 * one stops the component with the entry named.
 */
@Component(service = MedicalDirectory.class, configurationPid = MedicalConfiguration.PID)
@Designate(ocd = MedicalConfiguration.class)
public class MedicalDirectory {

    /** A designated hospital; its Chinese name is the value a form and a record keep. */
    record Hospital(String jurisdiction, Text name) {
    }

    record Officer(String jurisdiction, String account, Text name) {
    }

    record Session(String key, Text title, LocalDate first, LocalDate last, int capacity) {
    }

    private final JurisdictionDirectory jurisdictions;
    final List<Hospital> hospitals = new ArrayList<>();
    final List<Officer> officers = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();

    @Activate
    public MedicalDirectory(MedicalConfiguration config, @Reference JurisdictionDirectory jurisdictions) {
        this.jurisdictions = jurisdictions;
        for (String[] e : entries("hospitals", config.hospitals(), 2, 3)) {
            hospitals.add(new Hospital(known("hospitals", e[0]), named(e, 1)));
        }
        for (String[] e : entries("liaisonOfficers", config.liaisonOfficers(), 3, 4)) {
            officers.add(new Officer(known("liaisonOfficers", e[0]), e[1], named(e, 2)));
        }
        for (String[] e : entries("sessions", config.sessions(), 6, 6)) {
            try {
                LocalDate first = LocalDate.parse(e[3]);
                LocalDate last = LocalDate.parse(e[4]);
                int capacity = Integer.parseInt(e[5]);
                if (last.isBefore(first) || capacity < 1 || !e[0].matches("[a-z0-9-]{1,40}")) {
                    throw bad("sessions", String.join("|", e), TEXTS.text("config.SESSION_RULES"));
                }
                sessions.add(new Session(e[0], Text.of(e[1], e[2]), first, last, capacity));
            } catch (DateTimeParseException | NumberFormatException x) {
                throw bad("sessions", String.join("|", e), TEXTS.text("config.SESSION_RULES"));
            }
        }
    }

    /** The name at {@code i} in Chinese, and after it in English when the entry has it. */
    private static Text named(String[] entry, int i) {
        return Text.of(entry[i], i + 1 < entry.length ? entry[i + 1] : entry[i]);
    }

    /** The entries of {@code value}, each of {@code fewest} to {@code most} parts, none empty. */
    private static List<String[]> entries(String key, String value, int fewest, int most) {
        List<String[]> out = new ArrayList<>();
        for (String entry : value == null ? new String[0] : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] p = entry.strip().split("\\|", -1);
            if (p.length < fewest || p.length > most) {
                throw bad(key, entry.strip(), TEXTS.text("config.FORM." + key));
            }
            for (int i = 0; i < p.length; i++) {
                p[i] = p[i].strip();
                if (p[i].isEmpty()) {
                    throw bad(key, entry.strip(), TEXTS.text("config.FORM." + key));
                }
            }
            out.add(p);
        }
        return out;
    }

    private String known(String key, String code) {
        if (jurisdictions.get(code).isEmpty()) {
            throw bad(key, code, TEXTS.text("config.DIVISION_UNKNOWN"));
        }
        return code;
    }

    /** Art.9: a county's operator reads why in catalog:problems, in Chinese and English. */
    private static ConfigurationRefused bad(String key, String entry, Text why) {
        return new ConfigurationRefused(MedicalConfiguration.PID, TEXTS.text("config.ENTRY_NOT_VALID", key, entry, why));
    }

    /** Hospitals open to a talent of {@code jurisdiction}: its own and the city's. */
    List<Hospital> hospitals(String jurisdiction) {
        return hospitals.stream().filter(h -> jurisdictions.covers(h.jurisdiction(), jurisdiction)).toList();
    }

    List<Officer> officers(String jurisdiction) {
        return officers.stream().filter(o -> jurisdictions.covers(o.jurisdiction(), jurisdiction)).toList();
    }

    /**
     * The name of the hospital kept as {@code chinese} by a form or record, in both languages; a
     * hospital no longer designated keeps its Chinese name in both.
     */
    Text hospitalName(String chinese) {
        return hospitals.stream().map(Hospital::name).filter(n -> n.zh.equals(chinese)).findFirst()
                .orElse(Text.of(chinese, chinese));
    }

    Optional<Session> session(String key) {
        return sessions.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
