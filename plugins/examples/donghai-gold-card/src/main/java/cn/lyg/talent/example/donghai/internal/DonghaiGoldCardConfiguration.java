package cn.lyg.talent.example.donghai.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = DonghaiGoldCardConfiguration.PID, name = "Donghai county gold card",
        description = "Donghai county's own gold card (Art.4.5, Art.9): how card numbers look and how long a card is valid.")
@interface DonghaiGoldCardConfiguration {
    String PID = "cn.lyg.talent.example.donghai.goldcard";

    @AttributeDefinition(name = "Card number pattern",
            description = "A regular expression every card number the unit records must match.")
    String cardNumberPattern() default "DH[0-9]{8}";

    @AttributeDefinition(name = "Validity (years)", description = "How long a card is valid from issue.", min = "1", max = "10")
    int validityYears() default 3;
}
