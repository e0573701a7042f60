package cn.lyg.talent.plugin.schooling.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "schooling", name = "schools",
        description = "Lists the schools named for Art.4.2 placements, per category / 子女入学学校名单")
@Service
public class SchoolsCommand implements Action {

    @Reference
    private SchoolLists lists;

    @Option(name = "--jurisdiction", aliases = "-j", description = "Only the schools open to a child of this jurisdiction")
    String jurisdiction;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("类别 Category");
        table.column("辖区 Jurisdiction");
        table.column("学校 School");
        lists.all().forEach((category, schools) -> {
            List<SchoolLists.School> shown = jurisdiction == null ? schools : lists.schools(category, jurisdiction);
            for (SchoolLists.School s : shown) {
                table.row(category.text.zh, s.jurisdiction(), s.name());
            }
        });
        table.print(System.out);
        System.out.println("配置 Settings: etc/" + SchoolListsConfiguration.PID + ".cfg");
        return null;
    }
}
