package cn.lyg.talent.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

import cn.lyg.talent.api.registry.TalentClass;

/** Completes talent classes A-E. */
@Service
public class TalentClassCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return EnumCompleters.complete(TalentClass.values(), session, commandLine, candidates);
    }
}
