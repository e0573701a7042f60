package cn.lyg.talent.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Gender;

/** Completers for the fixed choices of talent:add. */
public final class EnumCompleters {

    private EnumCompleters() {
    }

    static int complete(Enum<?>[] values, Session session, CommandLine line, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Enum<?> v : values) {
            delegate.getStrings().add(v.name());
        }
        return delegate.complete(session, line, candidates);
    }

    @Service
    public static class GenderCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(Gender.values(), session, line, candidates);
        }
    }

    @Service
    public static class DocumentTypeCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(DocumentType.values(), session, line, candidates);
        }
    }

    @Service
    public static class DegreeCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(Degree.values(), session, line, candidates);
        }
    }
}
