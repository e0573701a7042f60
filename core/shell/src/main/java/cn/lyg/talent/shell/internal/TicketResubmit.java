package cn.lyg.talent.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;

@Command(scope = "ticket", name = "resubmit", description = "补齐材料后重新提交被退回补正的申请 / Resubmits a returned request with the materials")
@Service
public class TicketResubmit extends TicketTransitionCommand {

    @Option(name = "--field", aliases = "-f", multiValued = true,
            description = "补正后的完整表单，写作 名称=值（同 ticket:submit）；不填则保留原表单 / "
                    + "The corrected form, in full, as name=value (as for ticket:submit); without it the form stays")
    List<String> fields;

    @Override
    protected TicketAction action() {
        return TicketAction.RESUBMIT;
    }

    @Override
    protected void fill(TransitionInput in) throws Exception {
        if (fields != null && !fields.isEmpty()) {
            in.form = form(fields);
        }
    }
}
