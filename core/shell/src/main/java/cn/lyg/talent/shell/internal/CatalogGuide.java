package cn.lyg.talent.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.GuideRevision;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.shell.internal.completers.JurisdictionCompleter;
import cn.lyg.talent.shell.internal.completers.ServiceCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "catalog", name = "guide",
        description = "列出服务指南已发布的各次修订，或以 HTML 输出其中一次修订（第六条） / Lists the published revisions of a service guide, or prints one as HTML (Art.6)")
@Service
public class CatalogGuide extends TalentCommandSupport {

    @Reference
    private ServiceCatalog catalog;

    @Option(name = "--jurisdiction", aliases = "-j", description = "辖区（默认为本实例的辖区） / The jurisdiction (default: this instance's)")
    @Completion(JurisdictionCompleter.class)
    String jurisdiction;

    @Option(name = "--revision", aliases = "-r", description = "输出该修订版的HTML（0为最新修订版） / Print this revision's HTML (0: the latest)")
    String revision;

    @Argument(index = 0, name = "code", required = true, description = "服务事项代码 / Service code")
    @Completion(ServiceCodeCompleter.class)
    String code;

    @Override
    protected Object run() throws CommandException {
        Integer wanted = count("--revision", revision, null);
        if (wanted != null && wanted < 0) {
            // As over REST: revisions count from 1, and 0 is the latest; -1 is no revision.
            throw new CommandException(ConsoleText.refusal("INVALID_NUMBER", "error.INVALID_NUMBER.outOfRange", "--revision", revision));
        }
        if (wanted != null) {
            GuideRevision g = catalog.guide(code, jurisdiction, wanted).orElseThrow(this::notFound);
            System.out.println(g.html);
            return null;
        }
        List<GuideRevision> revisions = catalog.guideRevisions(code, jurisdiction);
        if (revisions.isEmpty()) {
            throw notFound();
        }
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("catalog.guide.revision"));
        table.column(ConsoleText.label("catalog.guide.published"));
        table.column(ConsoleText.label("catalog.guide.from"));
        for (GuideRevision g : revisions) {
            table.row(g.revision, time(g.publishedAt), g.provider.bundle);
        }
        table.print(System.out);
        return null;
    }

    private Refusal notFound() {
        return new Refusal(Refusal.Kind.NOT_FOUND, "GUIDE_NOT_FOUND", ConsoleText.zh("catalog.guide.error.notFound", code),
                ConsoleText.en("catalog.guide.error.notFound", code), null);
    }
}
