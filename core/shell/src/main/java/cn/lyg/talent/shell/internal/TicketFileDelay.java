package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;

@Command(scope = "ticket", name = "file-delay",
        description = "在期限届满前延期报备，说明理由（--comment）并承诺完成日期（第七条） / Files a delay with explanation (--comment) and promised date, before the deadline (Art.7)")
@Service
public class TicketFileDelay extends TicketTransitionCommand {

    @Completion(EnumCompleters.DelayStepCompleter.class)
    @Option(name = "--step",
            description = "延期的环节：FIRST_CONTACT（首次联系）或 COMPLETION（办结），默认为第一个未完成的环节 / "
                    + "FIRST_CONTACT or COMPLETION (default: the first open one)")
    String step;

    @Option(name = "--promised", description = "承诺日期，YYYY-MM-DD / Promised date, YYYY-MM-DD", required = true)
    String promised;

    @Override
    protected TicketAction action() {
        return TicketAction.FILE_DELAY;
    }

    @Override
    protected void fill(TransitionInput in) throws Exception {
        // Art.7: a delay is filed for first contact or completion (the window's own steps have none).
        in.step = choice("--step", step, Step.FIRST_CONTACT, Step.COMPLETION);
        in.promisedDate = Dates.parse("--promised", promised);
    }
}
