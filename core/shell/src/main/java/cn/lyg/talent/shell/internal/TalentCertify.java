package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.registry.Certification;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.shell.internal.completers.TalentClassCompleter;

@Command(scope = "talent", name = "certify", description = "记录对人才类别的认定（第三条） / Records a certification of a talent's class (Art.3)")
@Service
public class TalentCertify extends TalentCommandSupport {

    @Reference
    private TalentRegistry registry;

    @Argument(index = 0, name = "id", description = "人才ID / Talent id", required = true)
    String id;

    @Argument(index = 1, name = "class", description = "人才类别：A、B、C、D 或 E / A, B, C, D or E", required = true)
    @Completion(TalentClassCompleter.class)
    String talentClass;

    @Option(name = "--by", description = "认定单位 / Who certified", required = true)
    String by;

    @Option(name = "--basis", description = "认定依据 / On what basis", required = true)
    String basis;

    @Option(name = "--from", description = "有效期起始日，YYYY-MM-DD / Valid from, YYYY-MM-DD", required = true)
    String from;

    @Option(name = "--until", description = "有效期截止日，YYYY-MM-DD（不填则长期有效） / Valid until, YYYY-MM-DD (open-ended when left out)")
    String until;

    @Override
    protected Object run() throws CommandException {
        CertificationInput in = new CertificationInput();
        in.talentClass = choice("<class>", talentClass, TalentClass.class);
        in.certifiedBy = by;
        in.basis = basis;
        in.validFrom = Dates.parse("--from", from);
        in.validUntil = Dates.parse("--until", until);
        Certification c = registry.certify(id, in, actor());
        System.out.println(ConsoleText.zh("talent.certify.certified", Names.zh(c.talentClass), c.validFrom)
                + (c.validUntil == null ? "" : ConsoleText.zh("talent.certify.until", c.validUntil)) + " "
                + ConsoleText.en("talent.certify.certified", Names.en(c.talentClass), c.validFrom)
                + (c.validUntil == null ? "" : " " + ConsoleText.en("talent.certify.until", c.validUntil)) + " (" + c.id + ")");
        return null;
    }
}
