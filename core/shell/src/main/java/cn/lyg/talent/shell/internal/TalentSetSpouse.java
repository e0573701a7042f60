package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.registry.EmployerNature;
import cn.lyg.talent.api.registry.PersonalStatus;
import cn.lyg.talent.api.registry.Spouse;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;

@Command(scope = "talent", name = "set-spouse",
        description = "登记或更正人才的配偶信息（第四条第一项配偶就业） / Records or corrects a talent's spouse (Art.4.1 spouse employment)")
@Service
public class TalentSetSpouse extends TalentFamilyCommand {

    @Option(name = "--name", aliases = "-n", description = "配偶姓名 / The spouse's name", required = true)
    String name;

    @Completion(EnumCompleters.PersonalStatusCompleter.class)
    @Option(name = "--status", description = "配偶身份（如 PUBLIC_INSTITUTION_STAFF 事业单位人员） / The spouse's status", required = true)
    String status;

    @Completion(EnumCompleters.EmployerNatureCompleter.class)
    @Option(name = "--employer-nature", description = "配偶原工作单位性质 / The nature of the spouse's former employer", required = true)
    String employerNature;

    @Option(name = "--speciality", description = "配偶专业特长（对口推荐时必填） / The spouse's speciality (needed for a recommendation)")
    String speciality;

    @Override
    protected void change(TalentInput in) throws Exception {
        Spouse s = new Spouse();
        s.name = name;
        s.personalStatus = TicketCommandSupport.choice("--status", status, PersonalStatus.class);
        s.originalEmployerNature = TicketCommandSupport.choice("--employer-nature", employerNature, EmployerNature.class);
        s.speciality = speciality;
        // The document stays as recorded: a correction of the name or status keeps it.
        s.document = in.spouse == null ? null : in.spouse.document;
        in.spouse = s;
    }
}
