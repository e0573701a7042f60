package cn.lyg.talent.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.shell.internal.completers.JurisdictionCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "jurisdiction", name = "show",
        description = "显示一个辖区及其下级辖区；不给代码时显示本实例的辖区 / Shows a jurisdiction and what lies inside it; without a code, this instance's")
@Service
public class JurisdictionShow extends TalentCommandSupport {

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Argument(index = 0, name = "code", description = "区划代码（默认为本实例的辖区） / Division code (default: this instance's)")
    @Completion(JurisdictionCompleter.class)
    String code;

    @Override
    protected Object run() {
        Jurisdiction j = code == null ? jurisdictions.instanceJurisdiction()
                : jurisdictions.get(code).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                        "JURISDICTION_NOT_FOUND", ConsoleText.zh("jurisdiction.show.error.notFound", code),
                        ConsoleText.en("jurisdiction.show.error.notFound", code), null));
        System.out.println(j.code + "  " + j.nameZh + "  " + j.nameEn + "  (" + Names.both(j.kind)
                + (j.active ? "" : ", " + ConsoleText.label("jurisdiction.show.abolished")) + ")"
                + (j.code.equals(jurisdictions.instanceJurisdiction().code)
                        ? "  ← " + ConsoleText.label("jurisdiction.show.thisInstance") : ""));
        List<Jurisdiction> children = jurisdictions.children(j.code);
        if (!children.isEmpty()) {
            ConsoleTable table = new ConsoleTable();
            table.column(ConsoleText.label("jurisdiction.show.code"));
            table.column(ConsoleText.label("jurisdiction.show.nameZh"));
            table.column(ConsoleText.label("jurisdiction.show.nameEn"));
            table.column(ConsoleText.label("jurisdiction.show.kind"));
            table.column(ConsoleText.label("jurisdiction.show.active"));
            for (Jurisdiction c : children) {
                table.row(c.code, c.nameZh, c.nameEn, c.kind, ConsoleText.label(c.active ? "common.yes" : "common.no"));
            }
            table.print(System.out);
        }
        return null;
    }
}
