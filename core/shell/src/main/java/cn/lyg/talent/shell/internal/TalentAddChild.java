package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.SchoolStage;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;

@Command(scope = "talent", name = "add-child",
        description = "在人才信息中补登一名子女（第四条第二项子女入学） / Adds a child to a talent's record (Art.4.2 schooling)")
@Service
public class TalentAddChild extends TalentFamilyCommand {

    @Option(name = "--name", aliases = "-n", description = "子女姓名 / The child's name", required = true)
    String name;

    @Option(name = "--born", aliases = "-b", description = "出生日期，YYYY-MM-DD / Date of birth, YYYY-MM-DD", required = true)
    String born;

    @Completion(EnumCompleters.SchoolStageCompleter.class)
    @Option(name = "--stage", aliases = "-s", description = "目前就读学段 / The school stage now")
    String stage;

    @Override
    protected void change(TalentInput in) throws Exception {
        Child c = new Child();
        c.name = name;
        c.birthDate = Dates.parse("--born", born);
        c.schoolStage = TicketCommandSupport.choice("--stage", stage, SchoolStage.class);
        in.children.add(c);
    }
}
