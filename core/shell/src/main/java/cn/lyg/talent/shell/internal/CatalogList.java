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
        description = "Lists the services in force, with the bundle providing each (Art.4, Art.9) / 服务目录")
@Service
public class CatalogList extends TalentCommandSupport {

    @Reference
    private ServiceCatalog catalog;

    @Option(name = "--jurisdiction", aliases = "-j", description = "The jurisdiction to list for (default: this instance's)")
    @Completion(JurisdictionCompleter.class)
    String jurisdiction;

    @Override
    protected Object run() {
        List<CatalogEntry> entries = catalog.list(jurisdiction);
        ConsoleTable table = new ConsoleTable();
        table.column("代码 Code");
        table.column("名称 Name");
        table.column("条款 Art.");
        table.column("来源 Origin");
        table.column("提供者 Provider");
        table.column("扩展 Extensions");
        table.column("指南 Guide");
        for (CatalogEntry e : entries) {
            table.row(e.definition.code, e.definition.name.zh + " / " + e.definition.name.en,
                    e.definition.article == null ? "" : e.definition.article, e.origin,
                    e.provider, e.extensions.size(), e.guideRevision == 0 ? "" : "r" + e.guideRevision);
        }
        table.print(System.out);
        List<DescriptorProblem> problems = catalog.problems();
        if (!problems.isEmpty()) {
            System.out.println(problems.size() + " 个服务定义无法使用 service definition(s) cannot be used: see catalog:problems");
        }
        return null;
    }
}
