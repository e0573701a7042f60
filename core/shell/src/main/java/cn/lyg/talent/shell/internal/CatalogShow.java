package cn.lyg.talent.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.CatalogEntry;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Provider;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.shell.internal.completers.JurisdictionCompleter;
import cn.lyg.talent.shell.internal.completers.ServiceCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "catalog", name = "show",
        description = "显示一项现行有效的服务事项：提供方、被替代的版本、扩展和申请表 / Shows a service in force: provider, replaced versions, extensions and form")
@Service
public class CatalogShow extends TalentCommandSupport {

    @Reference
    private ServiceCatalog catalog;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Reference
    private UnitDirectory units;

    @Option(name = "--jurisdiction", aliases = "-j", description = "辖区（默认为本实例的辖区） / The jurisdiction (default: this instance's)")
    @Completion(JurisdictionCompleter.class)
    String jurisdiction;

    @Argument(index = 0, name = "code", required = true, description = "服务事项代码 / Service code")
    @Completion(ServiceCodeCompleter.class)
    String code;

    @Override
    protected Object run() {
        CatalogEntry e = catalog.get(code, jurisdiction).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "SERVICE_NOT_FOUND", ConsoleText.zh("catalog.show.error.notFound", code),
                ConsoleText.en("catalog.show.error.notFound", code), null));
        ServiceDefinition d = e.definition;
        System.out.println(d.code + "  " + ConsoleText.both(d.name) + (d.article == null ? "" : "  (" + d.article + ")"));
        if (d.description != null) {
            System.out.println("  " + d.description.zh);
            System.out.println("  " + d.description.en);
        }
        System.out.println(field("catalog.show.jurisdiction") + jurisdictionName(jurisdictions, e.jurisdiction));
        System.out.println(field("catalog.show.origin") + Names.both(e.origin));
        System.out.println(field("catalog.show.provider") + ranked(e.provider));
        for (Provider p : e.standby) {
            System.out.println(field("catalog.show.standby") + ranked(p));
        }
        for (Provider p : e.extensions) {
            System.out.println(field("catalog.show.extension") + (p.extension == null ? "" : Names.both(p.extension) + "  ") + p);
        }
        // Each unit by code and Chinese name (HRSS 市人社局); a code the directory lacks shows bare.
        System.out.println(field("catalog.show.units") + d.units.stream()
                .map(unit -> units.get(unit).filter(u -> u.nameZh != null).map(u -> unit + " " + u.nameZh).orElse(unit))
                .collect(Collectors.joining(", ")));
        // The hint repeats the jurisdiction: without it the guide shown would be this instance's.
        System.out.println(field("catalog.show.guide") + ConsoleText.en("catalog.show.revision") + " " + e.guideRevision
                + "  (catalog:guide " + (jurisdiction == null ? "" : "-j " + jurisdiction.strip() + " ") + d.code + ")");
        for (String w : e.warnings) {
            System.out.println(field("catalog.show.warning") + w);
        }
        if (!d.form.isEmpty()) {
            ConsoleTable table = new ConsoleTable();
            table.column(ConsoleText.label("catalog.show.form.field"));
            table.column(ConsoleText.label("catalog.show.form.type"));
            table.column(ConsoleText.label("catalog.show.form.required"));
            table.column(ConsoleText.label("catalog.show.form.label"));
            table.column(ConsoleText.label("catalog.show.form.checks"));
            for (FormField f : d.form) {
                StringBuilder checks = new StringBuilder();
                if (f.min != null && f.max != null) {
                    checks.append(f.min).append("..").append(f.max).append(' ');
                } else if (f.min != null || f.max != null) {
                    checks.append(f.min != null ? "≥" + f.min : "≤" + f.max).append(' ');
                }
                if (f.decimals != null) {
                    // 1.5 is refused where the form takes whole numbers: the clerk reads why here.
                    checks.append(f.decimals == 0 ? ConsoleText.label("catalog.show.form.whole")
                            : ConsoleText.both("catalog.show.form.decimals", f.decimals)).append(' ');
                }
                if (f.maxLength != null) {
                    checks.append("≤").append(f.maxLength).append(' ');
                }
                if (f.pattern != null) {
                    checks.append('/').append(f.pattern).append("/ ");
                }
                if (!f.choices.isEmpty()) {
                    // The key is what a form sends, the label what the talent reads.
                    checks.append(String.join(" | ", f.choices.stream().map(CatalogShow::choice).toList())).append(' ');
                }
                if (f.requiredIf != null) {
                    checks.append(ConsoleText.label("catalog.show.form.requiredIf")).append(' ').append(f.requiredIf);
                }
                table.row(f.name, f.type, f.required ? ConsoleText.label("common.yes")
                        : f.requiredIf != null ? ConsoleText.label("catalog.show.form.conditional") : "",
                        ConsoleText.both(f.label), checks.toString().strip());
            }
            table.print(System.out);
        }
        return null;
    }

    /** A choice: its key, then its label in both languages; a key that is the Chinese label is not said twice. */
    private static String choice(Choice c) {
        if (c.label == null) {
            return c.key;
        }
        String label = c.label.en == null || c.label.en.equals(c.label.zh) ? c.label.zh : c.label.zh + " " + c.label.en;
        return c.key.equals(c.label.zh) ? label : c.key + " " + label;
    }

    /** A line's label and colon, padded so the values line up. */
    private static String field(String key) {
        String label = ConsoleText.label(key) + ":";
        return label + " ".repeat(Math.max(1, 19 - ConsoleTable.width(label)));
    }

    private static String ranked(Provider p) {
        return p + ", " + ConsoleText.en("catalog.show.ranking") + " " + p.ranking;
    }
}
