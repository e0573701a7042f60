package cn.lyg.talent.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.rating.RectificationStatus;
import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Gender;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.window.FollowUpMethod;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.TicketState;

/** Completers for the fixed choices of the console's options (talent:add, the ticket commands). */
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

    @Service
    public static class TicketStateCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(TicketState.values(), session, line, candidates);
        }
    }

    @Service
    public static class FollowUpMethodCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(FollowUpMethod.values(), session, line, candidates);
        }
    }

    /** The steps a delay may cover (Art.7): first contact and completion. */
    @Service
    public static class DelayStepCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(new Step[] {Step.FIRST_CONTACT, Step.COMPLETION}, session, line, candidates);
        }
    }

    @Service
    public static class RatingLevelCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(RatingLevel.values(), session, line, candidates);
        }
    }

    @Service
    public static class RatingStageCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(RatingStage.values(), session, line, candidates);
        }
    }

    @Service
    public static class NoticeKindCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(NoticeKind.values(), session, line, candidates);
        }
    }

    @Service
    public static class RectificationStatusCompleter implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return EnumCompleters.complete(RectificationStatus.values(), session, line, candidates);
        }
    }
}
