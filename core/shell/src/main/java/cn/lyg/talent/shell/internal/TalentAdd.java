package cn.lyg.talent.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Employer;
import cn.lyg.talent.api.registry.Gender;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;
import cn.lyg.talent.shell.internal.completers.JurisdictionCompleter;

@Command(scope = "talent", name = "add", description = "登记一名人才（第三条） / Registers a talent (Art.3)")
@Service
public class TalentAdd extends TalentCommandSupport {

    @Reference
    private TalentRegistry registry;

    @Option(name = "--name", aliases = "-n", description = "姓名 / Full name", required = true)
    String name;

    @Option(name = "--gender", aliases = "-g", description = "性别：MALE（男）或 FEMALE（女） / MALE or FEMALE", required = true)
    @Completion(EnumCompleters.GenderCompleter.class)
    String gender;

    @Option(name = "--id-type", description = "证件类型（默认为 RESIDENT_ID，居民身份证） / Identity document type (default RESIDENT_ID)")
    @Completion(EnumCompleters.DocumentTypeCompleter.class)
    String idType;

    @Option(name = "--id", description = "证件号码 / Identity document number", required = true)
    String id;

    @Option(name = "--nationality",
            description = "国籍，ISO 3166 三位字母代码（居民身份证即为 CHN） / ISO 3166 alpha-3 code (CHN is implied by a resident ID)")
    String nationality;

    @Option(name = "--birth-date", description = "出生日期，YYYY-MM-DD（不填则取自居民身份证） / YYYY-MM-DD (taken from a resident ID when left out)")
    String birthDate;

    @Option(name = "--degree", aliases = "-d", description = "最高学历 / Highest degree", required = true)
    @Completion(EnumCompleters.DegreeCompleter.class)
    String degree;

    @Option(name = "--title", description = "职称 / Professional title")
    String title;

    @Option(name = "--employer", description = "工作单位 / Employer name")
    String employer;

    @Option(name = "--credit-code", description = "工作单位的统一社会信用代码 / Employer's unified social credit code")
    String creditCode;

    @Option(name = "--credit-code-reason", description = "统一社会信用代码未通过校验仍予接受的理由 / Reason to accept a credit code that fails the check")
    String creditCodeReason;

    @Option(name = "--jurisdiction", aliases = "-j", description = "区划代码（默认为您所在的辖区） / Division code (default: yours)")
    @Completion(JurisdictionCompleter.class)
    String jurisdiction;

    @Option(name = "--phone", aliases = "-p", description = "联系电话 / Phone number", required = true)
    String phone;

    @Option(name = "--email", description = "电子邮箱 / E-mail")
    String email;

    @Option(name = "--account", description = "人才本人的登录账号（如有） / The talent's own login account, if any")
    String account;

    @Override
    protected String optionFieldOf(String requestField) {
        return switch (requestField) {
            case "document.number" -> "id";
            case "document.type", "document" -> "idType";
            case "highestDegree" -> "degree";
            case "employer.name" -> "employer";
            case "employer.creditCode" -> "creditCode";
            case "employer.creditCodeOverrideReason" -> "creditCodeReason";
            default -> null;
        };
    }

    @Override
    protected Object run() throws CommandException {
        TalentInput in = new TalentInput();
        in.name = name;
        // Codes in any case; a mistyped one is named with the codes to choose from (Karaf's own
        // conversion error names a Java type, in English).
        in.gender = choice("--gender", gender, Gender.class);
        DocumentType type = choice("--id-type", idType, DocumentType.class);
        in.document = new IdentityDocument(type == null ? DocumentType.RESIDENT_ID : type, id);
        in.nationality = nationality;
        in.birthDate = Dates.parse("--birth-date", birthDate);
        in.highestDegree = choice("--degree", degree, Degree.class);
        in.title = title;
        if (employer != null || creditCode != null) {
            in.employer = new Employer();
            in.employer.name = employer;
            in.employer.creditCode = creditCode;
            in.employer.creditCodeOverrideReason = creditCodeReason;
        }
        in.jurisdiction = jurisdiction;
        in.phone = phone;
        in.email = email;
        in.account = account;
        Talent t = registry.register(in, actor());
        System.out.println(ConsoleText.label("talent.add.registered") + " " + t.name + " (" + t.id + ")");
        return null;
    }
}
