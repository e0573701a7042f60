package cn.lyg.talent.shell.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.shell.internal.completers.ServiceCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "unit", name = "list", description = "列出各责任单位（第五条） / Lists the responsible units (Art.5)")
@Service
public class UnitList extends TalentCommandSupport {

    @Reference
    private UnitDirectory units;

    @Reference
    private ServiceCatalog catalog;

    @Completion(ServiceCodeCompleter.class)
    @Option(name = "--service", aliases = "-s", description = "仅负责该服务事项（代码）的责任单位 / Only units answering for this service code")
    String service;

    @Override
    protected Object run() {
        List<Unit> list = service == null ? units.list() : units.forService(service.strip());
        if (list.isEmpty() && service != null) {
            // An empty table would read as "the command found nothing to show"; say what it means.
            System.out.println(ConsoleText.both("unit.list.noUnit", service.strip()));
            return null;
        }
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("unit.list.code"));
        table.column(ConsoleText.label("unit.list.nameZh"));
        table.column(ConsoleText.label("unit.list.nameEn"));
        table.column(ConsoleText.label("unit.list.formerNames"));
        table.column(ConsoleText.label("unit.list.services"));
        for (Unit u : list) {
            table.row(u.code, u.nameZh, u.nameEn,
                    u.aliases.stream().map(a -> a.nameZh + (a.usedIn == null ? "" : " (" + a.usedIn + ")"))
                            .collect(Collectors.joining("; ")),
                    u.services.stream().map(this::serviceName).collect(Collectors.joining(", ")));
        }
        table.print(System.out);
        return null;
    }

    /**
     * A service code with its Chinese name as this instance's catalog has it (housing 高层次人才安居保障);
     * a code no service in force here has says so (a duty of the unit without an online service).
     */
    private String serviceName(String code) {
        return catalog.get(code, null).map(e -> e.definition).filter(d -> d != null && d.name != null && d.name.zh != null)
                .map(d -> code + " " + d.name.zh).orElse(code + " " + ConsoleText.label("unit.list.notOffered"));
    }
}
