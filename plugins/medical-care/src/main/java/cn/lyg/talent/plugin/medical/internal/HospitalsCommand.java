package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "medical", name = "hospitals",
        description = "各辖区的定点医院与联络员（第四条第四项） / Designated hospitals and liaison officers per jurisdiction (Art.4.4)")
@Service
public class HospitalsCommand implements Action {

    @Reference
    private MedicalDirectory directory;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Option(name = "--jurisdiction", aliases = "-j", description = "仅服务该辖区的定点医院 / Only those serving this jurisdiction")
    String jurisdiction;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.jurisdiction"));
        table.column(TEXTS.label("command.column.hospital") + " / " + TEXTS.label("command.column.officer"));
        for (MedicalDirectory.Hospital h : jurisdiction == null ? directory.hospitals : directory.hospitals(jurisdiction)) {
            table.row(jurisdictionName(h.jurisdiction()), bilingual(h.name()));
        }
        for (MedicalDirectory.Officer o : jurisdiction == null ? directory.officers : directory.officers(jurisdiction)) {
            table.row(jurisdictionName(o.jurisdiction()),
                    TEXTS.label("command.officer") + ": " + bilingual(o.name()) + " (" + o.account() + ")");
        }
        table.print(System.out);
        // Until a county writes the file, the shipped defaults are in force: say so, or the file is looked for in vain.
        String file = "etc/" + MedicalConfiguration.PID + ".cfg";
        boolean written = Files.exists(Path.of(System.getProperty("karaf.etc", "etc"), MedicalConfiguration.PID + ".cfg"));
        System.out.println(TEXTS.label("command.settings") + ": " + file
                + (written ? "" : "  (" + TEXTS.label("command.settings.defaults") + ")"));
        return null;
    }

    /** A jurisdiction by code and Chinese name (320700 连云港市); the bare code when the directory does not know it. */
    private String jurisdictionName(String code) {
        return jurisdictions.get(code).filter(j -> j.nameZh != null).map(j -> code + " " + j.nameZh).orElse(code);
    }

    /** A name configured in Chinese only is shown once. */
    private static String bilingual(Text name) {
        return name.zh.equals(name.en) ? name.zh : name.zh + " / " + name.en;
    }
}
