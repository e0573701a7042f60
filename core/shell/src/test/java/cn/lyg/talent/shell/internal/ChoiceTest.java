package cn.lyg.talent.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

import cn.lyg.talent.api.window.Step;

public class ChoiceTest {

    @Test
    public void aCodeIsTakenInAnyCase() throws Exception {
        assertEquals(Step.COMPLETION, TalentCommandSupport.choice("--step", " completion ", Step.class));
        assertNull(TalentCommandSupport.choice("--step", " ", Step.class));
    }

    /** Art.7: a delay is filed for first contact or completion; the error lists those two only. */
    @Test
    public void aCodeOutsideThoseTheCommandTakesIsRefusedNamingThem() {
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
