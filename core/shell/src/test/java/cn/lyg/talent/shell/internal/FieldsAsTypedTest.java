package cn.lyg.talent.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.junit.Test;

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
}
