package cn.lyg.talent.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitDirectory;

/** Completes the codes of the responsible units (Art.5), as the unit directory has them now. */
@Service
public class UnitCodeCompleter implements Completer {

    @Reference
    private UnitDirectory units;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Unit u : units.list()) {
            delegate.getStrings().add(u.code);
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
