package cn.lyg.talent.example.donghai.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.registry.PersonalNumbers;
import cn.lyg.talent.api.window.TicketAction;

/**
 * Donghai county's gold card (Art.4.5), replacing the city's service for Donghai (Art.9): the
 * same code, the county's jurisdiction and a higher ranking. The city's version stays installed
 * and is in force again as soon as this bundle stops.
 * <p>
 * The county's own policy: the card also opens Donghai's crystal museum and hot springs, is
 * handed out by the county's window, and the unit records the card number on resolving, which
 * becomes the ticket's outcome with the card's validity and is entered in the county's card
 * register ({@link CardRegister}, the plugin's own table).
 */
@Component(service = {ServiceOffering.class, ServiceHandler.class}, configurationPid = DonghaiGoldCardConfiguration.PID,
        // The feature writes the configuration: waiting for it means one activation, not one
        // with defaults and a second when the configuration arrives (with a moment between
        // them in which the county's version is missing).
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {"service.ranking:Integer=100", ServiceOffering.SERVICE_CODE + "=" + DonghaiGoldCard.CODE,
                ServiceOffering.JURISDICTION + "=" + DonghaiGoldCard.DONGHAI})
@Designate(ocd = DonghaiGoldCardConfiguration.class)
public class DonghaiGoldCard implements ServiceOffering, ServiceHandler {
    static final String CODE = "gold-card";
    static final String DONGHAI = "320722";
    static final String CARD_NUMBER = "cardNumber";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Pattern cardNumber;
    private final int validityYears;
    private final ServiceDefinition definition;
    private final CardRegister register;

    @Activate
    public DonghaiGoldCard(DonghaiGoldCardConfiguration config, @Reference CardRegister register) {
        this.register = register;
        // A bad value is refused loudly: the component does not start, and catalog:problems names
        // the setting and the file, in Chinese and English.
        if (config.cardNumberPattern() == null || config.cardNumberPattern().isBlank()) {
            // An empty pattern would refuse every number HRSS types, at the first resolution.
            throw new ConfigurationRefused(DonghaiGoldCardConfiguration.PID, Text.of(
                    "设置 cardNumberPattern 不能为空：请填写卡号的正则表达式（如 DH[0-9]{8}）",
                    "setting cardNumberPattern must not be empty: give the card numbers' regular expression (e.g. DH[0-9]{8})"));
        }
        try {
            this.cardNumber = Pattern.compile(config.cardNumberPattern().strip());
        } catch (PatternSyntaxException e) {
            throw new ConfigurationRefused(DonghaiGoldCardConfiguration.PID, Text.of(
                    "设置 cardNumberPattern 的值“" + config.cardNumberPattern() + "”不是正则表达式",
                    "setting cardNumberPattern is not a regular expression: " + config.cardNumberPattern()));
        }
        if (config.validityYears() < 1 || config.validityYears() > 10) {
            throw new ConfigurationRefused(DonghaiGoldCardConfiguration.PID, Text.of(
                    "设置 validityYears 的值“" + config.validityYears() + "”无效：须是 1 到 10 之间的年数",
                    "setting validityYears is not valid, \"" + config.validityYears() + "\": it must be a number of years from 1 to 10"));
        }
        this.validityYears = config.validityYears();
        this.definition = define(validityYears);
    }

    private static ServiceDefinition define(int years) {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.jurisdiction = DONGHAI;
        d.article = "Art.4.5";
        d.name = Text.of("东海县高层次人才服务金卡", "Donghai county high-level talent gold card");
        d.description = Text.of("东海县高层次人才申领服务金卡，凭卡免费游览全市景区及东海水晶博物馆、温泉度假区。",
                "High-level talents of Donghai apply for the gold card: free entry to the city's scenic areas, the Donghai"
                        + " crystal museum and the hot-spring resort.");
        d.units = List.of("HRSS");
        d.guide.eligibility = Text.of("工作单位或户籍在东海县。", "Employed or registered (hukou) in Donghai county.");
        d.guide.materials.add(Text.of("本人身份证件", "Identity document"));
        d.guide.materials.add(Text.of("近期免冠照片一张", "A recent passport-style photo"));
        d.guide.steps.add(Text.of("网上或到县一站式窗口提交申请", "Apply online or at the county's one-stop window"));
        d.guide.steps.add(Text.of("县人社局审核并制卡", "The county HRSS checks and makes the card"));
        d.guide.steps.add(Text.of("到县窗口领取金卡", "Collect the card at the county window"));
        d.guide.timeLimits = Text.of("金卡有效期 " + years + " 年。", "The card is valid for " + years + " year(s).");
        d.guide.contact = Text.of("东海县高层次人才“一站式”服务窗口", "Donghai county's one-stop window for high-level talents");
        FormField photo = new FormField("photo", FieldType.ATTACHMENT, Text.of("照片", "Photo"), true);
        photo.hint = Text.of("上传后填写附件编号", "The id of the uploaded photo");
        FormField hotSpring = new FormField("hotSpringAccess", FieldType.YES_NO, Text.of("开通温泉度假区权益", "Hot-spring resort access"), false);
        d.form = List.of(photo, hotSpring);
        return d;
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    /** Donghai's own card number, on resolving only. */
    @Override
    public Set<String> valueNames(TicketAction action) {
        return action == TicketAction.RESOLVE ? Set.of(CARD_NUMBER) : Set.of();
    }

    @Override
    public Outcome handle(TicketTransition t) {
        if (t.action != TicketAction.RESOLVE) {
            return null;
        }
        String number = t.values.get(CARD_NUMBER);
        if (number == null || !cardNumber.matcher(number).matches()) {
            throw new Refusal(Refusal.Kind.INVALID, "DONGHAI_CARD_NUMBER", "请填写有效的东海县金卡卡号。",
                    "Give a valid Donghai gold card number.", List.of(new FieldError("values." + CARD_NUMBER,
                            "PATTERN", "卡号格式应为 " + cardNumber.pattern(), "The card number must match " + cardNumber.pattern())));
        }
        LocalDate today = LocalDate.ofInstant(t.at, ZONE);
        if (PersonalNumbers.isPersonal(number, t.application == null ? null : t.application.talent, today)) {
            // A card number is shown in full on the ticket; an identity or phone number typed into
            // its box (a pattern loose enough lets one through) would be published unmasked.
            throw new Refusal(Refusal.Kind.INVALID, "DONGHAI_CARD_NUMBER", "请填写有效的东海县金卡卡号。",
                    "Give a valid Donghai gold card number.", List.of(new FieldError("values." + CARD_NUMBER,
                            "CARD_NUMBER_PERSONAL", "这是身份证号或电话号码，不是卡号：请填写金卡上印的卡号",
                            "This is an identity or phone number, not a card number: give the number printed on the card")));
        }
        LocalDate validUntil = today.plusYears(validityYears).minusDays(1);
        // The county's register: a number is issued once; asked again for this ticket, the same card.
        IssuedCard card = register.issue(number, t.ticketId, t.number, t.actor, t.at, validUntil);
        validUntil = card.validUntil;
        return new Outcome(Text.of("已发放东海县人才服务金卡 " + number + "，有效期至 " + validUntil + "。",
                "Donghai gold card " + number + " issued, valid until " + validUntil + "."))
                .with(CARD_NUMBER, number).with("validUntil", validUntil.toString());
    }
}
