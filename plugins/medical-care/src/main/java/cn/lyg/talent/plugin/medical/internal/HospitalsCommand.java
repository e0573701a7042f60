package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "medical", name = "hospitals",
        description = "定点医院与联络员 / Designated hospitals and liaison officers per jurisdiction (Art.4.4)")
@Service
public class HospitalsCommand implements Action {

    @Reference
    private MedicalDirectory directory;

    @Option(name = "--jurisdiction", aliases = "-j", description = "仅服务该辖区的定点医院 / Only those serving this jurisdiction")
    String jurisdiction;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.jurisdiction"));
        table.column(TEXTS.label("command.column.hospital") + " / " + TEXTS.label("command.column.officer"));
        for (MedicalDirectory.Hospital h : jurisdiction == null ? directory.hospitals : directory.hospitals(jurisdiction)) {
            table.row(h.jurisdiction(), bilingual(h.name()));
        }
        for (MedicalDirectory.Officer o : jurisdiction == null ? directory.officers : directory.officers(jurisdiction)) {
            table.row(o.jurisdiction(), TEXTS.label("command.officer") + ": " + bilingual(o.name()) + " (" + o.account() + ")");
        }
        table.print(System.out);
        System.out.println(TEXTS.label("command.settings") + ": etc/" + MedicalConfiguration.PID + ".cfg");
        return null;
    }

    /** A name configured in Chinese only is shown once. */
    private static String bilingual(Text name) {
        return name.zh.equals(name.en) ? name.zh : name.zh + " / " + name.en;
    }
}
