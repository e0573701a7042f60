package cn.lyg.talent.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "catalog", name = "problems",
        description = "列出无法使用的服务定义和服务供给及其原因 / Lists service descriptors and offerings that cannot be used, and why")
@Service
public class CatalogProblems extends TalentCommandSupport {

    @Reference
    private ServiceCatalog catalog;

    @Override
    protected Object run() throws CommandException {
        if (!actor().hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            // As over REST: the problems name files and bundles of the instance.
            throw new CommandException(ConsoleText.refusal("CATALOG_PROBLEMS_FORBIDDEN", "catalog.problems.error.forbidden"));
        }
        List<DescriptorProblem> problems = catalog.problems();
        if (problems.isEmpty()) {
            System.out.println(ConsoleText.label("catalog.problems.none"));
            return null;
        }
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("catalog.problems.source"));
        table.column(ConsoleText.label("catalog.problems.bundle"));
        table.column(ConsoleText.label("catalog.problems.problem")).maxWidth(100).wrap();
        table.column(ConsoleText.label("catalog.problems.seen"));
        for (DescriptorProblem p : problems) {
            table.row(p.source, p.bundle == null ? "(" + ConsoleText.label("catalog.problems.file") + ")" : p.bundle,
                    p.messageZh == null ? p.message : p.messageZh + " / " + p.message, time(p.seenAt));
        }
        table.print(System.out);
        return null;
    }
}
