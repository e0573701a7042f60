package cn.lyg.talent.plugin.medical.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "medical", name = "sessions", description = "Recuperation sessions and their places taken (Art.4.4) / 疗休养期次")
@Service
public class SessionsCommand implements Action {

    @Reference
    private MedicalDirectory directory;

    @Reference
    private MedicalRecords records;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("期次 Key");
        table.column("名称 Title");
        table.column("日期 Dates");
        table.column("名额 Places");
        table.column("已报名 Taken");
        for (MedicalDirectory.Session s : directory.sessions) {
            table.row(s.key(), s.title().zh + " / " + s.title().en, s.first() + " – " + s.last(), s.capacity(),
                    records.seatsTaken(s.key()));
        }
        table.print(System.out);
        return null;
    }
}
