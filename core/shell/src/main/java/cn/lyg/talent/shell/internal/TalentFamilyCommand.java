package cn.lyg.talent.shell.internal;

import java.util.ArrayList;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentRegistry;

/**
 * Base of the commands that record a talent's family at the window (Art.4.1 spouse, Art.4.2
 * children): the record is read, changed and saved with the version read, so a change made
 * meanwhile (online or at another window) is refused, not overwritten.
 */
public abstract class TalentFamilyCommand extends TalentCommandSupport {

    @Reference
    protected TalentRegistry registry;

    @Argument(index = 0, name = "talent", description = "人才ID / Talent id", required = true)
    String talentId;

    @Override
    protected Object run() throws Exception {
        Talent t = registry.get(talentId, actor());
        TalentInput in = input(t);
        change(in);
        Talent saved = registry.update(t.id, in, actor());
        System.out.println(ConsoleText.label("talent.family.saved") + " " + saved.name + " (" + saved.id + ")");
        TalentShow.family(System.out, saved);
        return null;
    }

    /** Changes the family in the record as read. */
    protected abstract void change(TalentInput in) throws Exception;

    /** The record as read, as an update carries it. */
    static TalentInput input(Talent t) {
        TalentInput in = new TalentInput();
        in.name = t.name;
        in.gender = t.gender;
        in.document = t.document;
        in.nationality = t.nationality;
        in.birthDate = t.birthDate;
        in.highestDegree = t.highestDegree;
        in.title = t.title;
        in.employer = t.employer;
        in.jurisdiction = t.jurisdiction;
        in.phone = t.phone;
        in.email = t.email;
        in.account = t.account;
        in.spouse = t.spouse;
        in.children = t.children == null ? new ArrayList<>() : new ArrayList<>(t.children);
        in.version = t.version;
        return in;
    }
}
