package cn.lyg.talent.plugin.housing.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "housing", name = "terms", description = "Shows the housing terms of each jurisdiction (Art.4.3) / 人才安居标准")
@Service
public class TermsCommand implements Action {

    @Reference
    private List<HousingTerms> terms;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("辖区 Jurisdiction");
        table.column("类 Class");
        table.column("公寓 Apartment");
        table.column("购房券 Voucher");
        table.column("补贴/月 Subsidy");
        table.column("自建房 Employer");
        for (HousingTerms t : terms) {
            for (TalentClass c : List.of(TalentClass.A, TalentClass.B, TalentClass.C, TalentClass.D)) {
                table.row(t.jurisdiction, c,
                        t.classes.get(SupportForm.TALENT_APARTMENT).contains(c) ? t.rentFreeMonths + " 个月 months" : "-",
                        t.classes.get(SupportForm.PURCHASE_VOUCHER).contains(c) ? t.voucher.get(c) : "-",
                        t.classes.get(SupportForm.LIVING_SUBSIDY).contains(c) ? t.subsidy.get(c) + " × " + t.subsidyMonths : "-",
                        t.classes.get(SupportForm.EMPLOYER_HOUSING).contains(c) ? "是 yes" : "-");
            }
        }
        table.print(System.out);
        System.out.println("配置 Settings: etc/" + HousingTermsConfiguration.PID + "-<name>.cfg (one per jurisdiction)");
        return null;
    }
}
