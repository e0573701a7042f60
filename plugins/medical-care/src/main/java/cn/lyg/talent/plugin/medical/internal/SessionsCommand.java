package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "medical", name = "sessions", description = "疗休养各期次及已占名额（第四条第四项） / Recuperation sessions and their places taken (Art.4.4)")
@Service
public class SessionsCommand implements Action {

    @Reference
    private MedicalDirectory directory;

    @Reference
    private MedicalRecords records;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.key"));
        table.column(TEXTS.label("command.column.title"));
        table.column(TEXTS.label("command.column.dates"));
        table.column(TEXTS.label("command.column.places"));
        table.column(TEXTS.label("command.column.taken"));
        for (MedicalDirectory.Session s : directory.sessions) {
            table.row(s.key(), s.title().zh + " / " + s.title().en, s.first() + " – " + s.last(), s.capacity(),
                    records.seatsTaken(s.key()));
        }
        table.print(System.out);
        return null;
    }
}
