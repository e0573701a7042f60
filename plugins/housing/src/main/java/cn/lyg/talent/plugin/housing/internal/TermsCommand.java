package cn.lyg.talent.plugin.housing.internal;

import static cn.lyg.talent.plugin.housing.internal.Texts.TEXTS;

import java.util.List;
import java.util.Objects;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "housing", name = "terms", description = "显示各辖区的人才安居标准（第四条第三项） / Shows the housing terms of each jurisdiction (Art.4.3)")
@Service
public class TermsCommand implements Action {

    @Reference
    private List<HousingTerms> terms;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.jurisdiction"));
        table.column(TEXTS.label("command.column.class"));
        table.column(TEXTS.label("command.column.apartment"));
        table.column(TEXTS.label("command.column.voucher"));
        table.column(TEXTS.label("command.column.subsidy"));
        table.column(TEXTS.label("command.column.employer"));
        // A jurisdiction's terms that failed to start (a wrong setting, named in catalog:problems)
        // come as null from the console's service list: they are left out.
        for (HousingTerms t : terms.stream().filter(Objects::nonNull).toList()) {
            // By code and Chinese name (320700 连云港市); the bare code when the directory does not know it.
            String jurisdiction = jurisdictions.get(t.jurisdiction).filter(j -> j.nameZh != null)
                    .map(j -> t.jurisdiction + " " + j.nameZh).orElse(t.jurisdiction);
            for (TalentClass c : List.of(TalentClass.A, TalentClass.B, TalentClass.C, TalentClass.D)) {
                table.row(jurisdiction, c,
                        t.classes.get(SupportForm.TALENT_APARTMENT).contains(c) ? TEXTS.label("command.months", t.rentFreeMonths) : "-",
                        t.classes.get(SupportForm.PURCHASE_VOUCHER).contains(c) ? t.voucher.get(c) : "-",
                        t.classes.get(SupportForm.LIVING_SUBSIDY).contains(c) ? t.subsidy.get(c) + " × " + t.subsidyMonths : "-",
                        t.classes.get(SupportForm.EMPLOYER_HOUSING).contains(c) ? TEXTS.label("command.yes") : "-");
            }
        }
        table.print(System.out);
        // The file's note is in English only, as the settings files are.
        System.out.println(TEXTS.label("command.settings") + ": etc/" + HousingTermsConfiguration.PID + "-<name>.cfg ("
                + TEXTS.en("command.settings.perJurisdiction") + ")");
        return null;
    }
}
