package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentQuery;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.registry.TalentSummary;
import cn.lyg.talent.shell.internal.completers.JurisdictionCompleter;
import cn.lyg.talent.shell.internal.completers.TalentClassCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "talent", name = "list", description = "列出人才，证件号码和电话号码部分隐去 / Lists talents; numbers are masked")
@Service
public class TalentList extends TalentCommandSupport {

    @Reference
    private TalentRegistry registry;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Option(name = "--name", aliases = "-n", description = "姓名（可只填部分） / Part of the name")
    String name;

    @Option(name = "--id", description = "完整的证件号码 / Whole identity document number")
    String id;

    @Option(name = "--class", aliases = "-c", description = "持有该类别的有效认定 / Holds a valid certification of this class")
    @Completion(TalentClassCompleter.class)
    String talentClass;

    @Option(name = "--employer", aliases = "-e", description = "工作单位名称（可只填部分） / Part of the employer's name")
    String employer;

    @Option(name = "--jurisdiction", aliases = "-j", description = "区划代码 / Division code")
    @Completion(JurisdictionCompleter.class)
    String jurisdiction;

    @Option(name = "--high-level", description = "仅高层次人才（第三条） / Only high-level talents (Art.3)")
    boolean highLevel;

    @Option(name = "--not-high-level", description = "仅非高层次人才 / Only talents that are not high-level")
    boolean notHighLevel;

    @Option(name = "--on",
            description = "按该日期判断认定是否有效（YYYY-MM-DD，默认今天） / Judge certifications on this date (YYYY-MM-DD, default today)")
    String on;

    @Option(name = "--offset", description = "跳过的条数 / Skip this many")
    String offset;

    @Option(name = "--limit", aliases = "-l", description = "最多条数（1-200） / At most this many (1-200)")
    String limit;

    @Override
    protected Object run() throws CommandException {
        if (highLevel && notHighLevel) {
            throw new CommandException(ConsoleText.refusal("OPTIONS_EXCLUSIVE", "talent.list.error.highLevelBoth"));
        }
        TalentQuery q = new TalentQuery();
        q.name = name;
        q.identityNumber = id;
        q.talentClass = choice("--class", talentClass, TalentClass.class);
        q.employer = employer;
        q.jurisdiction = jurisdiction;
        q.highLevel = highLevel ? Boolean.TRUE : notHighLevel ? Boolean.FALSE : null;
        q.onDate = Dates.parse("--on", on);
        q.offset = count("--offset", offset, 0);
        q.limit = count("--limit", limit, 50);
        Page<TalentSummary> page = registry.find(q, actor());
        ConsoleTable table = new ConsoleTable();
        table.column("ID");
        table.column(ConsoleText.label("talent.list.name"));
        table.column(ConsoleText.label("talent.list.document"));
        table.column(ConsoleText.label("talent.list.phone"));
        table.column(ConsoleText.label("talent.list.employer"));
        table.column(ConsoleText.label("talent.list.jurisdiction"));
        table.column(ConsoleText.label("talent.list.class"));
        table.column(ConsoleText.label("talent.list.highLevel"));
        for (TalentSummary s : page.items) {
            table.row(s.id, s.name, s.maskedDocumentNumber, s.maskedPhone,
                    s.employerName == null ? "" : s.employerName, jurisdictionName(jurisdictions, s.jurisdiction),
                    s.currentClass == null ? "-" : s.currentClass, ConsoleText.label(s.highLevel ? "common.yes" : "common.no"));
        }
        table.print(System.out);
        System.out.println(pageLine(page));
        return null;
    }
}
