package cn.lyg.talent.engine.internal.catalog;

import java.util.List;
import java.util.function.Function;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceGuide;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.engine.internal.Messages;

/**
 * The service guide (服务指南, Art.6) as one HTML page generated from the definition in force:
 * Chinese first, then English, every text escaped. The page carries no revision number or date,
 * so that the same definition always gives the same page and a new revision means a real change.
 */
final class GuidePage {
    private final StringBuilder out = new StringBuilder(4096);
    private final Function<String, Unit> units;

    private GuidePage(Function<String, Unit> units) {
        this.units = units;
    }

    static String render(ServiceDefinition d, Function<String, Unit> units) {
        return new GuidePage(units).page(d);
    }

    private String page(ServiceDefinition d) {
        ServiceGuide g = d.guide == null ? new ServiceGuide() : d.guide;
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(d.name.zh)).append(" 服务指南 / ").append(esc(d.name.en))
                .append(" service guide</title></head>\n<body>\n");
        for (boolean zh : new boolean[] {true, false}) {
            out.append("<section lang=\"").append(zh ? "zh-CN" : "en").append("\">\n");
            out.append("<h1>").append(esc(t(d.name, zh))).append(zh ? " 服务指南" : " — service guide").append("</h1>\n");
            if (d.description != null) {
                out.append("<p>").append(esc(t(d.description, zh))).append("</p>\n");
            }
            if (d.article != null) {
                out.append("<p>").append(zh ? "政策依据：" : "Policy: ").append(esc(zh ? articleZh(d.article) : d.article))
                        .append(zh ? "，《连云港市高层次人才服务办法（试行）》（连人才〔2018〕4号）" : ", Lianyungang High-Level Talent Service Measures (Trial), Lian-Rencai [2018] No. 4")
                        .append("</p>\n");
            }
            heading(zh ? "承办单位" : "Responsible units");
            list(d.units.stream().map(code -> {
                Unit u = units.apply(code);
                return u == null ? code : zh ? u.nameZh : u.nameEn;
            }).toList());
            heading(zh ? "申请条件" : "Who may apply");
            out.append("<p>").append(zh ? "经认定为 D 类及以上、认定在有效期内的高层次人才（第三条）。"
                    : "A talent certified class D or above, with the certification valid (Art.3).");
            if (g.eligibility != null) {
                out.append(' ').append(esc(t(g.eligibility, zh)));
            }
            out.append("</p>\n");
            texts(zh ? "申请材料" : "Materials", g.materials, zh);
            form(d.form, zh);
            texts(zh ? "办理流程" : "Steps", g.steps, zh);
            heading(zh ? "办理时限" : "Time limits");
            out.append("<p>").append(zh ? "窗口受理后 1 个工作日内转交承办单位；承办单位 1 个工作日内与人才联系，3 个工作日内办结并答复；不能按时办结的说明情况并报窗口备案（第七条）。"
                    : "The window passes the request to the responsible unit within 1 working day; the unit contacts the talent within 1 working day and completes and replies within 3 working days, or explains and files a record with the window (Art.7).");
            if (g.timeLimits != null) {
                out.append(' ').append(esc(t(g.timeLimits, zh)));
            }
            out.append("</p>\n");
            heading(zh ? "收费标准" : "Fees");
            out.append("<p>").append(g.fees == null ? (zh ? "不收费。" : "Free of charge.") : esc(t(g.fees, zh))).append("</p>\n");
            if (g.contact != null) {
                heading(zh ? "咨询方式" : "Contact");
                out.append("<p>").append(esc(t(g.contact, zh))).append("</p>\n");
            }
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void form(List<FormField> form, boolean zh) {
        if (form == null || form.isEmpty()) {
            return;
        }
        heading(zh ? "申请表填写项" : "Application form");
        out.append("<ul>\n");
        for (FormField f : form) {
            out.append("<li>").append(esc(t(f.label, zh)));
            FormValidator.Condition condition = FormValidator.Condition.of(f);
            if (f.required) {
                out.append(zh ? "（必填）" : " (required)");
            } else if (condition != null) {
                Messages.Named c = FormValidator.condition(condition, form);
                out.append(esc(zh ? "（" + c.zh() + "时必填）" : " (required when " + c.en() + ")"));
            } else {
                out.append(zh ? "（选填）" : " (optional)");
            }
            if (f.hint != null) {
                out.append(zh ? "：" : ": ").append(esc(t(f.hint, zh)));
            }
            if (!f.choices.isEmpty()) {
                out.append(zh ? " 可选：" : " Choices: ");
                out.append(esc(String.join(zh ? "、" : ", ", f.choices.stream().map((Choice c) -> t(c.label, zh)).toList())));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void texts(String heading, List<Text> items, boolean zh) {
        if (items == null || items.isEmpty()) {
            return;
        }
        heading(heading);
        list(items.stream().map(x -> t(x, zh)).toList());
    }

    private void heading(String text) {
        out.append("<h2>").append(esc(text)).append("</h2>\n");
    }

    private void list(List<String> items) {
        out.append("<ol>\n");
        for (String i : items) {
            out.append("<li>").append(esc(i)).append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /** {@code Art.4.2} as a Chinese reader cites it: 第4条第2项. */
    static String articleZh(String article) {
        return article.replaceAll("Art\\.(\\d+)\\.(\\d+)", "第$1条第$2项").replaceAll("Art\\.(\\d+)", "第$1条");
    }

    private static String t(Text text, boolean zh) {
        if (text == null) {
            return "";
        }
        return zh ? text.zh : text.en;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
