package cn.lyg.talent.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.registry.Certification;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "talent", name = "show", description = "Shows one talent in full; the read is audited / 人才详情")
@Service
public class TalentShow extends TalentCommandSupport {

    @Reference
    private TalentRegistry registry;

    @Argument(index = 0, name = "id", description = "Talent id", required = true)
    String id;

    @Reference
    private cn.lyg.talent.api.org.JurisdictionDirectory jurisdictions;

    @Override
    protected Object run() {
        Talent t = registry.get(id, actor());
        PrintStream out = System.out;
        line(out, "ID", t.id);
        line(out, "姓名 Name", t.name + " (" + Names.both(t.gender) + ")");
        line(out, "证件 Document", Names.both(t.document.type) + " " + t.document.number);
        line(out, "国籍 Nationality", t.nationality + "   出生 Born " + t.birthDate);
        line(out, "学历 Degree", Names.both(t.highestDegree) + (t.title == null ? "" : "   职称 Title " + t.title));
        if (t.employer != null) {
            line(out, "单位 Employer", t.employer.name
                    + (t.employer.creditCode == null ? "" : " [" + t.employer.creditCode + "]")
                    + (t.employer.creditCodeOverrideReason == null ? ""
                            : " (override: " + t.employer.creditCodeOverrideReason + ")"));
        }
        line(out, "辖区 Jurisdiction", jurisdictions.get(t.jurisdiction).map(j -> j.nameZh + " (" + t.jurisdiction + ")")
                .orElse(t.jurisdiction));
        line(out, "电话 Phone", t.phone + (t.email == null ? "" : "   " + t.email));
        line(out, "账号 Account", t.account == null ? "-（不接收网上通知 no online notices）" : t.account);
        line(out, "类别 Class", (t.currentClass == null ? "-" : Names.both(t.currentClass))
                + "   高层次 High-level (Art.3): " + (t.highLevel ? "是 yes" : "否 no"));
        if (t.spouse != null) {
            line(out, "配偶 Spouse", t.spouse.name + " " + Names.both(t.spouse.originalEmployerNature) + " "
                    + Names.both(t.spouse.personalStatus) + (t.spouse.speciality == null ? "" : " " + t.spouse.speciality));
        }
        for (Child c : t.children) {
            line(out, "子女 Child", c.name + " " + c.birthDate + " " + Names.both(c.schoolStage));
        }
        ConsoleTable certs = new ConsoleTable();
        certs.column("类别 Class");
        certs.column("认定单位 Certified by");
        certs.column("依据 Basis");
        certs.column("有效期 Valid");
        certs.column("记录 Recorded");
        for (Certification c : t.certifications) {
            certs.row(c.talentClass, c.certifiedBy, c.basis,
                    c.validFrom + " .. " + (c.validUntil == null ? "" : c.validUntil),
                    c.recordedBy + " " + time(c.recordedAt));
        }
        certs.print(out);
        line(out, "登记 Created", t.createdBy + " " + time(t.createdAt) + "   修改 Updated " + t.updatedBy + " "
                + time(t.updatedAt) + "   version " + t.version);
        return null;
    }

    /** A label padded to one width in terminal columns, so the values line up whatever the label's script. */
    private static void line(PrintStream out, String label, String value) {
        out.println(label + " ".repeat(Math.max(1, 19 - ConsoleTable.width(label))) + value);
    }
}
