package cn.lyg.talent.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.catalog.CatalogEntry;
import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.shell.internal.completers.JurisdictionCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "catalog", name = "list",
        description = "列出服务目录中现行有效的服务事项及提供各服务事项的模块（第四条、第九条） / Lists the services in force, with the bundle providing each (Art.4, Art.9)")
@Service
public class CatalogList extends TalentCommandSupport {

    @Reference
    private ServiceCatalog catalog;

    @Option(name = "--jurisdiction", aliases = "-j",
            description = "列出该辖区的服务事项（默认为本实例的辖区） / The jurisdiction to list for (default: this instance's)")
    @Completion(JurisdictionCompleter.class)
    String jurisdiction;

    @Override
    protected Object run() {
        List<CatalogEntry> entries = catalog.list(jurisdiction);
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("catalog.list.code"));
        table.column(ConsoleText.label("catalog.list.name"));
        table.column(ConsoleText.label("catalog.list.article"));
        table.column(ConsoleText.label("catalog.list.origin"));
        table.column(ConsoleText.label("catalog.list.provider"));
        table.column(ConsoleText.label("catalog.list.extensions"));
        table.column(ConsoleText.label("catalog.list.guide"));
        for (CatalogEntry e : entries) {
            table.row(e.definition.code, ConsoleText.both(e.definition.name),
                    e.definition.article == null ? "" : e.definition.article, e.origin,
                    e.provider, e.extensions.size(), e.guideRevision == 0 ? "" : "r" + e.guideRevision);
        }
        table.print(System.out);
        List<DescriptorProblem> problems = catalog.problems();
        if (!problems.isEmpty()) {
            System.out.println(ConsoleText.zh("catalog.list.problems", problems.size()) + " "
                    + ConsoleText.en("catalog.list.problems", problems.size()));
        }
        return null;
    }
}
