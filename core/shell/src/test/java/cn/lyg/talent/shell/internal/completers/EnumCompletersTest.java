package cn.lyg.talent.shell.internal.completers;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.parsing.CommandLineImpl;
import org.junit.Test;

/** The tab completion of the ticket commands' fixed choices, from what the clerk has typed. */
public class EnumCompletersTest {

    private static List<String> complete(Completer completer, String option, String typed) {
        String buffer = "ticket:x " + option + " " + typed;
        CommandLine line = new CommandLineImpl(new String[] {"ticket:x", option, typed}, 2, typed.length(),
                buffer.length(), buffer);
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        return candidates.stream().map(String::strip).sorted().toList();
    }

    @Test
    public void aStateIsCompletedFromItsFirstLetters() {
        assertEquals(List.of("DISPATCHED"), complete(new EnumCompleters.TicketStateCompleter(), "--state", "DIS"));
        assertEquals(List.of("REJECTED", "RESOLVED", "RETURNED"),
                complete(new EnumCompleters.TicketStateCompleter(), "--state", "RE"));
    }

    @Test
    public void aDelayOffersOnlyTheStepsItMayCover() {
        // Art.7: a delay is filed for first contact or completion, not for dispatch or follow-up.
        assertEquals(List.of("COMPLETION", "FIRST_CONTACT"), complete(new EnumCompleters.DelayStepCompleter(), "--step", ""));
    }

    @Test
    public void aTalentRatesAcceptanceAndCompletionOnly() {
        // Art.8: a rectification is re-rated with ticket:re-rate, not rated with ticket:rate.
        assertEquals(List.of("ACCEPTANCE", "COMPLETION"), complete(new EnumCompleters.RatingStageCompleter(), "-s", ""));
    }

    @Test
    public void followUpMethodsAndRatingLevels() {
        assertEquals(List.of("ONLINE", "PHONE", "VISIT"), complete(new EnumCompleters.FollowUpMethodCompleter(), "-m", ""));
        assertEquals(List.of("VERY_DISSATISFIED", "VERY_SATISFIED"),
                complete(new EnumCompleters.RatingLevelCompleter(), "-r", "VERY"));
    }
}
