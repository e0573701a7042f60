package cn.lyg.talent.shell.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.Certification;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "talent", name = "show", description = "显示一名人才的全部信息；此次查看记入审计日志 / Shows one talent in full; the read is audited")
@Service
public class TalentShow extends TalentCommandSupport {

    @Reference
    private TalentRegistry registry;

    @Argument(index = 0, name = "id", description = "人才ID / Talent id", required = true)
    String id;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Override
    protected Object run() {
        Talent t = registry.get(id, actor());
        PrintStream out = System.out;
        line(out, "ID", t.id);
        line(out, ConsoleText.label("talent.show.name"), t.name + " (" + Names.both(t.gender) + ")");
        line(out, ConsoleText.label("talent.show.document"), Names.both(t.document.type) + " " + t.document.number);
        line(out, ConsoleText.label("talent.show.nationality"), t.nationality + "   " + ConsoleText.label("talent.show.born")
                + " " + t.birthDate);
        line(out, ConsoleText.label("talent.show.degree"), Names.both(t.highestDegree)
                + (t.title == null ? "" : "   " + ConsoleText.label("talent.show.title") + " " + t.title));
        if (t.employer != null) {
            line(out, ConsoleText.label("talent.show.employer"), t.employer.name
                    + (t.employer.creditCode == null ? "" : " [" + t.employer.creditCode + "]")
                    + (t.employer.creditCodeOverrideReason == null ? ""
                            : " (" + ConsoleText.en("talent.show.override") + ": " + t.employer.creditCodeOverrideReason + ")"));
        }
        line(out, ConsoleText.label("talent.show.jurisdiction"), jurisdictions.get(t.jurisdiction)
                .map(j -> j.nameZh + " (" + t.jurisdiction + ")").orElse(t.jurisdiction));
        line(out, ConsoleText.label("talent.show.phone"), t.phone + (t.email == null ? "" : "   " + t.email));
        line(out, ConsoleText.label("talent.show.account"), t.account == null
                ? "-（" + ConsoleText.label("talent.show.noAccount") + "）" : t.account);
        line(out, ConsoleText.label("talent.show.class"), (t.currentClass == null ? "-" : Names.both(t.currentClass))
                + "   " + ConsoleText.label("talent.show.highLevel") + ": "
                + ConsoleText.label(t.highLevel ? "common.yes" : "common.no"));
        family(out, t);
        ConsoleTable certs = new ConsoleTable();
        certs.column(ConsoleText.label("talent.show.certs.class"));
        certs.column(ConsoleText.label("talent.show.certs.certifiedBy"));
        certs.column(ConsoleText.label("talent.show.certs.basis"));
        certs.column(ConsoleText.label("talent.show.certs.valid"));
        certs.column(ConsoleText.label("talent.show.certs.recorded"));
        for (Certification c : t.certifications) {
            certs.row(c.talentClass, c.certifiedBy, c.basis,
                    c.validFrom + " .. " + (c.validUntil == null ? "" : c.validUntil),
                    c.recordedBy + " " + time(c.recordedAt));
        }
        certs.print(out);
        line(out, ConsoleText.label("talent.show.created"), t.createdBy + " " + time(t.createdAt) + "   "
                + ConsoleText.label("talent.show.updated") + " " + t.updatedBy + " " + time(t.updatedAt) + "   "
                + ConsoleText.en("common.version") + " " + t.version);
        return null;
    }

    /** A label padded to one width in terminal columns, so the values line up whatever the label's script. */
    /** The talent's spouse and children, a line each (Art.4.1, Art.4.2). */
    static void family(PrintStream out, Talent t) {
        if (t.spouse != null) {
            line(out, ConsoleText.label("talent.show.spouse"), t.spouse.name + " "
                    + (t.spouse.originalEmployerNature == null ? "" : Names.both(t.spouse.originalEmployerNature) + " ")
                    + (t.spouse.personalStatus == null ? "" : Names.both(t.spouse.personalStatus))
                    + (t.spouse.speciality == null ? "" : " " + t.spouse.speciality));
        }
        for (Child c : t.children == null ? List.<Child>of() : t.children) {
            line(out, ConsoleText.label("talent.show.child"), c.name + " " + c.birthDate
                    + (c.schoolStage == null ? "" : " " + Names.both(c.schoolStage)));
        }
    }

    private static void line(PrintStream out, String label, String value) {
        out.println(label + " ".repeat(Math.max(1, 19 - ConsoleTable.width(label))) + value);
    }
}
