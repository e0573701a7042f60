package cn.lyg.talent.shell.internal;

import java.security.AccessController;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;

/**
 * Base of the platform's commands: acts as the console user (roles from the JAAS login of the
 * shell session) and prints a refusal as one clear line (and one per bad field) instead of a stack trace.
 */
public abstract class TalentCommandSupport implements Action {

    @Reference
    protected Actors actors;

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (Refusal r) {
            // Karaf prints a CommandException as the error line without a stack trace or log noise.
            StringBuilder msg = new StringBuilder(r.code()).append(": ").append(r.messageZh()).append(" / ")
                    .append(r.messageEn());
            for (FieldError f : r.fieldErrors()) {
                msg.append(System.lineSeparator()).append("  ").append(f.field).append(": ").append(f.messageZh)
                        .append(" / ").append(f.messageEn);
            }
            throw new CommandException(msg.toString());
        }
    }

    protected abstract Object run() throws Exception;

    @SuppressWarnings("removal")
    protected Actor actor() {
        return actors.ofSubject(Subject.getSubject(AccessController.getContext()));
    }
}
