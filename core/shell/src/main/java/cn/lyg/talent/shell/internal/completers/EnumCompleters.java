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
import cn.lyg.talent.api.registry.EmployerNature;
import cn.lyg.talent.api.registry.Gender;
import cn.lyg.talent.api.registry.PersonalStatus;
import cn.lyg.talent.api.registry.SchoolStage;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.window.FollowUpMethod;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.TicketState;

/** Completers for the fixed choices of the console's options (talent:add, the ticket commands). */
public final class EnumCompleters {

    private EnumCompleters() {
    }

    /** Completes the codes of fixed choices from what has been typed. */
    abstract static class FixedChoices implements Completer {
        private final Enum<?>[] choices;

        FixedChoices(Enum<?>... choices) {
            this.choices = choices;
        }

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            StringsCompleter delegate = new StringsCompleter();
            for (Enum<?> c : choices) {
                delegate.getStrings().add(c.name());
            }
            return delegate.complete(session, line, candidates);
        }
    }

    @Service
    public static class GenderCompleter extends FixedChoices implements Completer {
        public GenderCompleter() {
            super(Gender.values());
        }
    }

    @Service
    public static class DocumentTypeCompleter extends FixedChoices implements Completer {
        public DocumentTypeCompleter() {
            super(DocumentType.values());
        }
    }

    @Service
    public static class DegreeCompleter extends FixedChoices implements Completer {
        public DegreeCompleter() {
            super(Degree.values());
        }
    }

    @Service
    public static class TicketStateCompleter extends FixedChoices implements Completer {
        public TicketStateCompleter() {
            super(TicketState.values());
        }
    }

    @Service
    public static class FollowUpMethodCompleter extends FixedChoices implements Completer {
        public FollowUpMethodCompleter() {
            super(FollowUpMethod.values());
        }
    }

    /** The steps a delay may cover (Art.7): first contact and completion. */
    @Service
    public static class DelayStepCompleter extends FixedChoices implements Completer {
        public DelayStepCompleter() {
            super(new Step[] {Step.FIRST_CONTACT, Step.COMPLETION});
        }
    }

    @Service
    public static class RatingLevelCompleter extends FixedChoices implements Completer {
        public RatingLevelCompleter() {
            super(RatingLevel.values());
        }
    }

    /** The stages a talent rates (Art.8); a rectification is re-rated with ticket:re-rate. */
    @Service
    public static class RatingStageCompleter extends FixedChoices implements Completer {
        public RatingStageCompleter() {
            super(RatingStage.ACCEPTANCE, RatingStage.COMPLETION);
        }
    }

    @Service
    public static class NoticeKindCompleter extends FixedChoices implements Completer {
        public NoticeKindCompleter() {
            super(NoticeKind.values());
        }
    }

    @Service
    public static class RectificationStatusCompleter extends FixedChoices implements Completer {
        public RectificationStatusCompleter() {
            super(RectificationStatus.values());
        }
    }

    @Service
    public static class SchoolStageCompleter extends FixedChoices implements Completer {
        public SchoolStageCompleter() {
            super(SchoolStage.values());
        }
    }

    @Service
    public static class PersonalStatusCompleter extends FixedChoices implements Completer {
        public PersonalStatusCompleter() {
            super(PersonalStatus.values());
        }
    }

    @Service
    public static class EmployerNatureCompleter extends FixedChoices implements Completer {
        public EmployerNatureCompleter() {
            super(EmployerNature.values());
        }
    }
}
