package cn.lyg.talent.plugin.schooling.internal;

import static cn.lyg.talent.plugin.schooling.internal.Texts.TEXTS;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "schooling", name = "schools",
        description = "按类别列出第四条第二项入学安排指定的学校 / Lists the schools named for Art.4.2 placements, per category")
@Service
public class SchoolsCommand implements Action {

    /**
     * Optional: while the lists' settings are refused the command stays, and says so, instead of
     * vanishing (Karaf's "Command not found") just when the operator wants to see them.
     */
    @Reference(optional = true)
    private SchoolLists lists;

    @Option(name = "--jurisdiction", aliases = "-j",
            description = "仅该辖区人才子女可就读的学校 / Only the schools open to a child of this jurisdiction")
    String jurisdiction;

    @Override
    public Object execute() throws CommandException {
        if (lists == null) {
            throw new CommandException("SCHOOL_LISTS_NOT_STARTED: " + TEXTS.zh("command.notStarted", SchoolListsConfiguration.PID)
                    + " / " + TEXTS.en("command.notStarted", SchoolListsConfiguration.PID));
        }
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.category"));
        table.column(TEXTS.label("command.column.jurisdiction"));
        table.column(TEXTS.label("command.column.school"));
        lists.all().forEach((category, schools) -> {
            List<SchoolLists.School> shown = jurisdiction == null ? schools : lists.schools(category, jurisdiction);
            for (SchoolLists.School s : shown) {
                table.row(category.text.zh + " " + category.text.en, s.jurisdiction(), s.name());
            }
        });
        table.print(System.out);
        System.out.println(TEXTS.label("command.settings") + ": etc/" + SchoolListsConfiguration.PID + ".cfg");
        return null;
    }
}
