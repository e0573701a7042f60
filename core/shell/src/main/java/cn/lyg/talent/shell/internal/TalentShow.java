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

    @Override
    protected Object run() {
        Talent t = registry.get(id, actor());
        PrintStream out = System.out;
        out.println("ID               " + t.id);
        out.println("姓名 Name        " + t.name + " (" + Names.both(t.gender) + ")");
        out.println("证件 Document    " + Names.both(t.document.type) + " " + t.document.number);
        out.println("国籍 Nationality " + t.nationality + "   出生 Born " + t.birthDate);
        out.println("学历 Degree      " + Names.both(t.highestDegree) + (t.title == null ? "" : "   职称 Title " + t.title));
        if (t.employer != null) {
            out.println("单位 Employer    " + t.employer.name
                    + (t.employer.creditCode == null ? "" : " [" + t.employer.creditCode + "]")
                    + (t.employer.creditCodeOverrideReason == null ? ""
                            : " (override: " + t.employer.creditCodeOverrideReason + ")"));
        }
        out.println("辖区 Jurisdiction " + t.jurisdiction);
        out.println("电话 Phone       " + t.phone + (t.email == null ? "" : "   " + t.email));
        out.println("类别 Class       " + (t.currentClass == null ? "-" : Names.both(t.currentClass))
                + "   高层次 High-level (Art.3): " + (t.highLevel ? "是 yes" : "否 no"));
        if (t.spouse != null) {
            out.println("配偶 Spouse      " + t.spouse.name + " " + Names.both(t.spouse.originalEmployerNature) + " "
                    + Names.both(t.spouse.personalStatus) + (t.spouse.speciality == null ? "" : " " + t.spouse.speciality));
        }
        for (Child c : t.children) {
            out.println("子女 Child       " + c.name + " " + c.birthDate + " " + Names.both(c.schoolStage));
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
                    c.recordedBy + " " + c.recordedAt);
        }
        certs.print(out);
        out.println("登记 Created " + t.createdBy + " " + t.createdAt + "   修改 Updated " + t.updatedBy + " "
                + t.updatedAt + "   version " + t.version);
        return null;
    }
}
