package cn.lyg.talent.plugin.goldcard.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = GoldCardConfiguration.PID, name = "Gold card register",
        description = "The city's gold card register (Art.4.5): how issued cards are numbered and how long they are valid.")
@interface GoldCardConfiguration {
    String PID = "cn.lyg.talent.plugin.goldcard";

    @AttributeDefinition(name = "Number prefix",
            description = "Letters before the year and the serial number of a card the register numbers (LYG2026000001).")
    String numberPrefix() default "LYG";

    @AttributeDefinition(name = "Issuing unit",
            description = "The responsible unit that issues the cards (Art.5: HRSS); only its resolution issues one.")
    String issuingUnit() default "HRSS";

    @AttributeDefinition(name = "Validity (years)", description = "How long a card is valid from the day it is issued.",
            min = "1", max = "10")
    int validityYears() default 5;
}
