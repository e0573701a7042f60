package cn.lyg.talent.plugin.housing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One jurisdiction's housing terms (Art.4.3: "details follow the Lianyungang Talent Housing
 * Measures (Trial)", which are not in the platform's hands). A factory configuration: one
 * {@code etc/cn.lyg.talent.plugin.housing.terms-<name>.cfg} per jurisdiction; the city's is
 * {@code -city}. The defaults are placeholders for the city to replace with its measures.
 */
@ObjectClassDefinition(id = HousingTermsConfiguration.PID, name = "Housing terms (Art.4.3)",
        description = "Who may have which form of housing support in a jurisdiction, and the amounts. Amounts in yuan.")
@interface HousingTermsConfiguration {
    String PID = "cn.lyg.talent.plugin.housing.terms";
    /** The city's division code: the jurisdiction of terms that name none. */
    String CITY = "320700";

    @AttributeDefinition(name = "Jurisdiction", description = "Division code these terms are for; 320700 for the city (applies where no county terms exist).")
    String jurisdiction() default CITY;

    @AttributeDefinition(name = "Talent apartment: classes", description = "Comma-separated classes that may rent a talent apartment.")
    String apartmentClasses() default "A,B,C,D";

    @AttributeDefinition(name = "Talent apartment: rent-free months", min = "0", max = "120")
    int apartmentRentFreeMonths() default 36;

    @AttributeDefinition(name = "Talent apartment: monthly rent after the rent-free months (yuan)", min = "0")
    int apartmentMonthlyRent() default 800;

    @AttributeDefinition(name = "Purchase voucher: classes")
    String voucherClasses() default "A,B,C,D";

    @AttributeDefinition(name = "Purchase voucher, class A (yuan)", min = "0")
    int voucherA() default 1000000;

    @AttributeDefinition(name = "Purchase voucher, class B (yuan)", min = "0")
    int voucherB() default 600000;

    @AttributeDefinition(name = "Purchase voucher, class C (yuan)", min = "0")
    int voucherC() default 300000;

    @AttributeDefinition(name = "Purchase voucher, class D (yuan)", min = "0")
    int voucherD() default 150000;

    @AttributeDefinition(name = "Living subsidy: classes")
    String subsidyClasses() default "A,B,C,D";

    @AttributeDefinition(name = "Living subsidy per month, class A (yuan)", min = "0")
    int subsidyA() default 5000;

    @AttributeDefinition(name = "Living subsidy per month, class B (yuan)", min = "0")
    int subsidyB() default 3000;

    @AttributeDefinition(name = "Living subsidy per month, class C (yuan)", min = "0")
    int subsidyC() default 2000;

    @AttributeDefinition(name = "Living subsidy per month, class D (yuan)", min = "0")
    int subsidyD() default 1000;

    @AttributeDefinition(name = "Living subsidy: months", min = "1", max = "120")
    int subsidyMonths() default 36;

    @AttributeDefinition(name = "Employer-built housing: classes")
    String employerHousingClasses() default "A,B,C,D";

    @AttributeDefinition(name = "Forms that exclude each other",
            description = "Pairs joined by '+', separated by ';', e.g. TALENT_APARTMENT+PURCHASE_VOUCHER.")
    String exclusive() default "TALENT_APARTMENT+PURCHASE_VOUCHER; TALENT_APARTMENT+EMPLOYER_HOUSING; PURCHASE_VOUCHER+EMPLOYER_HOUSING";
}
