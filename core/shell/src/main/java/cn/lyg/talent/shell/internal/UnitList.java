package cn.lyg.talent.shell.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.shell.internal.completers.ServiceCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "unit", name = "list", description = "责任单位列表 / Lists the responsible units (Art.5)")
@Service
public class UnitList extends TalentCommandSupport {

    @Reference
    private UnitDirectory units;

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
                    String.join(", ", u.services));
        }
        table.print(System.out);
        return null;
    }
}
