package cn.lyg.talent.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Completer;

import cn.lyg.talent.api.registry.TalentClass;

/** Completes talent classes A-E. */
@Service
public class TalentClassCompleter extends EnumCompleters.FixedChoices implements Completer {

    public TalentClassCompleter() {
        super(TalentClass.values());
    }
}
