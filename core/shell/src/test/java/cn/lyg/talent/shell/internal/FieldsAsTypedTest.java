package cn.lyg.talent.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.window.Step;

/** A refusal names what the operator typed: the option, not the request's field. */
public class FieldsAsTypedTest {

    static class Resolve extends TalentCommandSupport {
        @Option(name = "--stage", aliases = "-s")
        String stage;

        @Option(name = "--service", aliases = "-s")
        String service;

        @Option(name = "--value", aliases = "-V", multiValued = true)
        List<String> values;

        @Argument(index = 0, name = "ticket")
        String ticketId;

        @Override
        protected Object run() {
            return null;
        }
    }

    @Test
    public void aRefusedFieldIsNamedByItsOption() {
        Resolve r = new Resolve();
        assertEquals("-s/--stage", r.asTyped("stage"));
        assertEquals("-V/--value jobsRecommended=…", r.asTyped("values.jobsRecommended"));
        assertEquals("-s/--service", r.asTyped("serviceCode"));
        assertEquals("<ticket>", r.asTyped("ticketId"));
        // A field no option sets keeps its name.
        assertEquals("version", r.asTyped("version"));
    }

    /** talent:add sets the document's number with --id: the refusal names that, not document.number. */
    @Test
    public void aRequestFieldOfAnotherNameIsNamedByTheOptionThatSetsIt() {
        TalentAdd add = new TalentAdd();
        assertEquals("--id", add.asTyped("document.number"));
        assertEquals("--id-type", add.asTyped("document.type"));
        assertEquals("-d/--degree", add.asTyped("highestDegree"));
        assertEquals("--credit-code-reason", add.asTyped("employer.creditCodeOverrideReason"));
        assertEquals("-p/--phone", add.asTyped("phone"));
    }

    /** A mistyped code is named with the codes to choose from, not Karaf's conversion error naming a Java type. */
    @Test
    public void aMistypedCodeIsAChoiceError() throws Exception {
        try {
            TalentCommandSupport.choice("--class", "Q", TalentClass.class);
            fail();
        } catch (CommandException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("INVALID_CHOICE: ")
                    && e.getMessage().contains("--class") && e.getMessage().contains("Q"));
        }
        assertEquals(TalentClass.C,
                TalentCommandSupport.choice("--class", " c ", TalentClass.class));
        assertNull(TalentCommandSupport.choice("--step", " ", Step.class));
    }

    /** Art.7: a delay is filed for first contact or completion; the error lists those two only. */
    @Test
    public void aCodeOutsideThoseTheCommandTakesIsRefusedNamingThem() throws Exception {
        assertEquals(Step.COMPLETION, TalentCommandSupport.choice("--step", " completion ", Step.FIRST_CONTACT,
                Step.COMPLETION));
        try {
            TalentCommandSupport.choice("--step", "FOLLOW_UP", Step.FIRST_CONTACT, Step.COMPLETION);
            fail();
        } catch (CommandException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("INVALID_CHOICE: ") && e.getMessage().contains("--step")
                    && e.getMessage().contains("FIRST_CONTACT") && e.getMessage().contains("COMPLETION"));
            assertFalse(e.getMessage(), e.getMessage().contains("FOLLOW_UP（") || e.getMessage().contains("DISPATCH"));
        }
    }
}
