package cn.lyg.talent.engine.internal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Employer;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.ResidentIdNumber;
import cn.lyg.talent.api.registry.Spouse;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.identity.CreditCode;

/**
 * Checks a talent as submitted and returns it normalized (trimmed, upper-cased numbers,
 * birth date and nationality derived from a resident identity number). Collects every field
 * error before refusing, so a clerk fixes the form in one pass.
 */
final class TalentValidator {
    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{6,15}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    /** ISO 3166-1 alpha-3 codes as the JDK knows them (CHN, HKG, MAC, TWN among them). */
    private static final Set<String> COUNTRIES = Locale
            .getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");
    static final Pattern HK_MACAO_TRAVEL = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    static final Pattern TAIWAN_TRAVEL = Pattern.compile("\\d{8}(\\d{2})?");
    static final Pattern FOREIGN_PR_2017 = Pattern.compile("[A-Z]{3}\\d{12}");

    private TalentValidator() {
    }

    /** Validates {@code in}; throws a TALENT_INVALID refusal listing every bad field. */
    static TalentInput validate(TalentInput in, LocalDate today, Violations v) {
        if (in == null) {
            v.add("", "REQUIRED");
            v.throwIfAny("TALENT_INVALID");
        }
        TalentInput out = new TalentInput();
        out.version = in.version;
        out.name = v.text("name", in.name, 100, true);
        out.gender = in.gender;
        if (in.gender == null) {
            v.add("gender", "REQUIRED");
        }
        out.document = document(v, "document", in.document, today, true);
        out.nationality = in.nationality == null ? null : in.nationality.strip().toUpperCase(Locale.ROOT);
        out.birthDate = in.birthDate;
        if (out.document != null && carriesBirthDate(out.document.type)) {
            LocalDate fromNumber = ResidentIdNumber.birthDate(out.document.number).orElseThrow();
            if (in.birthDate != null && !in.birthDate.equals(fromNumber)) {
                v.add("birthDate", "BIRTH_DATE_MISMATCH", fromNumber.toString());
            }
            out.birthDate = fromNumber;
            if (in.gender != null && ResidentIdNumber.gender(out.document.number) != in.gender) {
                v.add("gender", "GENDER_MISMATCH");
            }
        }
        // A resident identity card means Chinese nationality, even while its number is being corrected.
        if (in.document != null && in.document.type == DocumentType.RESIDENT_ID) {
            if (out.nationality == null) {
                out.nationality = "CHN";
            } else if (!"CHN".equals(out.nationality)) {
                v.add("nationality", "NATIONALITY_MISMATCH");
            }
        }
        if (out.nationality == null) {
            v.add("nationality", "REQUIRED");
        } else if (!COUNTRY.matcher(out.nationality).matches() || !COUNTRIES.contains(out.nationality)) {
            v.add("nationality", "NATIONALITY_FORMAT");
        }
        boolean fromNumber = in.birthDate == null && out.document != null && carriesBirthDate(out.document.type);
        if (out.birthDate == null) {
            if (!v.has("birthDate") && !v.has("document.number")) {
                v.add("birthDate", "REQUIRED");
            }
        } else if (fromNumber && (out.birthDate.isAfter(today) || out.birthDate.isBefore(Violations.EARLIEST))) {
            // Read from the identity number, an impossible birth date is the number's fault: the
            // clerk corrects the number, not a field they did not fill in.
            v.add("document.number", "NUMBER_BIRTH_DATE", out.birthDate, Violations.EARLIEST, today);
        } else if (out.birthDate.isAfter(today)) {
            v.add("birthDate", "DATE_IN_FUTURE");
        } else {
            v.date("birthDate", out.birthDate, Violations.EARLIEST, today);
        }
        out.highestDegree = in.highestDegree;
        if (in.highestDegree == null) {
            v.add("highestDegree", "REQUIRED");
        }
        out.title = v.text("title", in.title, 100, false);
        out.employer = employer(v, in.employer);
        out.jurisdiction = in.jurisdiction == null ? null : in.jurisdiction.strip();
        out.phone = phone(v, in.phone);
        out.email = v.text("email", in.email, 200, false);
        if (out.email != null && !EMAIL.matcher(out.email).matches()) {
            v.add("email", "EMAIL_FORMAT");
        }
        out.account = v.text("account", in.account, 100, false);
        if (out.account != null && !ACCOUNT.matcher(out.account).matches()) {
            v.add("account", "ACCOUNT_FORMAT");
        }
        out.spouse = spouse(v, in.spouse, today);
        out.children = children(v, in.children, today);
        return out;
    }

    private static boolean carriesBirthDate(DocumentType type) {
        return type == DocumentType.RESIDENT_ID || type == DocumentType.HK_MACAO_RESIDENCE_PERMIT
                || type == DocumentType.TAIWAN_RESIDENCE_PERMIT;
    }

    static IdentityDocument document(Violations v, String field, IdentityDocument in, LocalDate today,
            boolean required) {
        if (in == null) {
            if (required) {
                v.add(field, "REQUIRED");
            }
            return null;
        }
        if (in.type == null) {
            v.add(field + ".type", "REQUIRED");
        }
        String number = in.number == null ? "" : in.number.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            v.add(field + ".number", "REQUIRED");
            return null;
        }
        if (in.type == null) {
            return null;
        }
        String f = field + ".number";
        switch (in.type) {
            case RESIDENT_ID, HK_MACAO_RESIDENCE_PERMIT, TAIWAN_RESIDENCE_PERMIT -> {
                Optional<ResidentIdNumber.Defect> defect = ResidentIdNumber.check(number, today);
                if (defect.isPresent()) {
                    v.add(f, "ID_" + defect.get().name());
                    return null;
                }
                String province = number.substring(0, 2);
                boolean permit = in.type != DocumentType.RESIDENT_ID;
                boolean region = in.type == DocumentType.HK_MACAO_RESIDENCE_PERMIT
                        ? province.equals("81") || province.equals("82")
                        : in.type == DocumentType.TAIWAN_RESIDENCE_PERMIT ? province.equals("83")
                        : !(province.equals("81") || province.equals("82") || province.equals("83"));
                if (!region) {
                    v.add(f, permit ? "ID_PERMIT_REGION" : "ID_IS_PERMIT");
                    return null;
                }
            }
            case PASSPORT -> check(v, f, PASSPORT.matcher(number).matches());
            case HK_MACAO_TRAVEL_PERMIT -> check(v, f, HK_MACAO_TRAVEL.matcher(number).matches());
            case TAIWAN_TRAVEL_PERMIT -> check(v, f, TAIWAN_TRAVEL.matcher(number).matches());
            case FOREIGN_PERMANENT_RESIDENCE -> {
                // 2017 format: 3-letter country code and 12 digits; 2023 format: GB 11643 shape starting with 9.
                boolean ok = FOREIGN_PR_2017.matcher(number).matches()
                        || number.matches("9\\d{16}[\\dX]") && ResidentIdNumber.checkCharacter(number) == number.charAt(17);
                check(v, f, ok);
            }
        }
        return new IdentityDocument(in.type, number);
    }

    private static void check(Violations v, String field, boolean ok) {
        if (!ok) {
            v.add(field, "DOC_FORMAT");
        }
    }

    private static Employer employer(Violations v, Employer in) {
        if (in == null) {
            return null;
        }
        Employer out = new Employer();
        out.name = v.text("employer.name", in.name, 200, true);
        out.creditCode = in.creditCode == null || in.creditCode.isBlank() ? null : CreditCode.normalize(in.creditCode);
        out.creditCodeOverrideReason = v.text("employer.creditCodeOverrideReason", in.creditCodeOverrideReason,
                500, false);
        if (out.creditCode != null) {
            Optional<CreditCode.Defect> defect = CreditCode.check(out.creditCode);
            if (defect.isPresent()) {
                if (defect.get() == CreditCode.Defect.FORMAT) {
                    v.add("employer.creditCode", "CREDIT_CODE_FORMAT");
                } else if (out.creditCodeOverrideReason == null) {
                    // Some real codes fail the check: a clerk may accept one with a recorded reason.
                    v.add("employer.creditCode", "CREDIT_CODE_CHECK");
                }
            } else {
                out.creditCodeOverrideReason = null;
            }
        } else {
            out.creditCodeOverrideReason = null;
        }
        return out;
    }

    private static String phone(Violations v, String in) {
        String p = in == null ? null : in.strip().replace(" ", "");
        if (p == null || p.isEmpty()) {
            v.add("phone", "REQUIRED");
            return null;
        }
        if (!(MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches() || INTERNATIONAL.matcher(p).matches())) {
            v.add("phone", "PHONE_FORMAT");
        }
        return p;
    }

    private static Spouse spouse(Violations v, Spouse in, LocalDate today) {
        if (in == null) {
            return null;
        }
        Spouse out = new Spouse();
        out.name = v.text("spouse.name", in.name, 100, true);
        out.document = document(v, "spouse.document", in.document, today, false);
        out.originalEmployerNature = in.originalEmployerNature;
        out.personalStatus = in.personalStatus;
        out.speciality = v.text("spouse.speciality", in.speciality, 200, false);
        return out;
    }

    private static List<Child> children(Violations v, List<Child> in, LocalDate today) {
        List<Child> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        if (in.size() > 20) {
            v.add("children", "TOO_MANY", 20);
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            String f = "children[" + i + "]";
            Child c = in.get(i);
            if (c == null) {
                v.add(f, "REQUIRED");
                continue;
            }
            Child o = new Child();
            o.name = v.text(f + ".name", c.name, 100, true);
            o.birthDate = c.birthDate;
            if (c.birthDate == null) {
                v.add(f + ".birthDate", "REQUIRED");
            } else if (c.birthDate.isAfter(today)) {
                v.add(f + ".birthDate", "DATE_IN_FUTURE");
            } else {
                v.date(f + ".birthDate", c.birthDate, Violations.EARLIEST, today);
            }
            o.schoolStage = c.schoolStage;
            out.add(o);
        }
        return out;
    }
}
