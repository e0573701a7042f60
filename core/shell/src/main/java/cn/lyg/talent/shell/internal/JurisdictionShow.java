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
        description = "Shows a jurisdiction and what lies inside it; without a code, this instance's / 辖区")
@Service
public class JurisdictionShow extends TalentCommandSupport {

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Argument(index = 0, name = "code", description = "Division code (default: this instance's)")
    @Completion(JurisdictionCompleter.class)
    String code;

    @Override
    protected Object run() {
        Jurisdiction j = code == null ? jurisdictions.instanceJurisdiction()
                : jurisdictions.get(code).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                        "JURISDICTION_NOT_FOUND", "没有该辖区：" + code, "No such jurisdiction: " + code, null));
        System.out.println(j.code + "  " + j.nameZh + "  " + j.nameEn + "  (" + Names.both(j.kind)
                + (j.active ? "" : ", 已撤销 abolished") + ")"
                + (j.code.equals(jurisdictions.instanceJurisdiction().code) ? "  ← 本实例 this instance" : ""));
        List<Jurisdiction> children = jurisdictions.children(j.code);
        if (!children.isEmpty()) {
            ConsoleTable table = new ConsoleTable();
            table.column("代码 Code");
            table.column("中文名称 Chinese name");
            table.column("英文名称 English name");
            table.column("类型 Kind");
            table.column("现行 Active");
            for (Jurisdiction c : children) {
                table.row(c.code, c.nameZh, c.nameEn, c.kind, c.active ? "是 yes" : "否 no");
            }
            table.print(System.out);
        }
        return null;
    }
}
