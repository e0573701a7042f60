package cn.lyg.talent.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import cn.lyg.talent.api.catalog.CatalogEntry;
import cn.lyg.talent.api.catalog.ServiceCatalog;

/** Completes the codes of the services in force in this instance's jurisdiction. */
@Service
public class ServiceCodeCompleter implements Completer {

    @Reference
    private ServiceCatalog catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (CatalogEntry e : catalog.list(null)) {
            delegate.getStrings().add(e.definition.code);
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
