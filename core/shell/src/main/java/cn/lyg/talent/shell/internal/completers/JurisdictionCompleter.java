package cn.lyg.talent.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/** Completes the division codes of active jurisdictions. */
@Service
public class JurisdictionCompleter implements Completer {

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Jurisdiction j : jurisdictions.list()) {
            if (j.active) {
                delegate.getStrings().add(j.code);
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
