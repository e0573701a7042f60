package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The city's service plugins of Art.4.1–4.4 in the running distribution: each feature is
 * uninstalled and installed again from the console, a real ticket runs from submission to the
 * plugin's outcome, and after uninstalling the ticket is still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class Art4ServicesIT extends TalentTestSupport {

    @Before
    public void apiIsUp() throws Exception {
        awaitApi();
    }

    /** Runs a console command as admin until its output fits, at most 30 s (a settings file is read within seconds). */
    private String awaitConsole(String command, Predicate<String> fits) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            String out = console("admin", command, "admin", "manager", "viewer");
            if (fits.test(out)) {
                return out;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(command + ": " + out);
            }
            Thread.sleep(250);
        }
    }

    private String admin(String command) throws Exception {
        String out = console("admin", command, "admin", "manager", "viewer");
        assertTrue(command + ": " + out, !out.startsWith("ERROR"));
        return out;
    }

    /**
     * Art.4.4 data typed in Chinese into a plugin's etc/*.cfg and saved as UTF-8 (which Karaf
     * reads as ISO-8859-1) reaches the plugin as written (ConfigurationEncoding).
     */
    @Test
    public void chineseSavedAsUtf8InAPluginsConfigurationReadsAsWritten() throws Exception {
        Configuration medical = service(ConfigurationAdmin.class, null).getConfiguration("cn.lyg.talent.plugin.medical", "?");
        Dictionary<String, Object> before = medical.getProperties();
        String written = "320700|连云港市测试医院|Test Hospital";
        Hashtable<String, Object> asKarafReadsIt = new Hashtable<>();
        asKarafReadsIt.put("hospitals", new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        try {
            medical.update(asKarafReadsIt);
            String shown = "";
            for (long until = System.currentTimeMillis() + 30_000; !shown.contains("连云港市测试医院")
                    && System.currentTimeMillis() < until; Thread.sleep(250)) {
                shown = hospitals();
            }
            assertTrue(shown, shown.contains("连云港市测试医院 / Test Hospital"));
        } finally {
            if (before == null) {
                medical.delete();
            } else {
                medical.update(before);
            }
            // The other tests find the default hospitals again before they run.
            String back = "";
            for (long until = System.currentTimeMillis() + 30_000; !back.contains("连云港市第一人民医院")
                    && System.currentTimeMillis() < until; Thread.sleep(250)) {
                back = hospitals();
            }
            awaitService("medical-care", 200);
        }
    }

    /** medical:hospitals, or "" while the plugin restarts with a new configuration (its commands come and go). */
    private String hospitals() {
        try {
            return console("admin", "medical:hospitals", "admin", "manager", "viewer");
        } catch (Exception restarting) {
            return "";
        }
    }

    private static void awaitService(String code, int status) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (http("GET", "/services/" + code, null, null).statusCode() != status) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(code + " did not answer " + status + " within 30 s");
            }
            Thread.sleep(200);
        }
    }

    /** Waits for a plugin's start-up work to show in its table (components start one after another). */
    private void awaitCount(String rows, long expected) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (count(rows) != expected) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(rows + ": " + count(rows) + " rows, not " + expected + ", after 30 s");
            }
            Thread.sleep(200);
        }
    }

    /** A class {@code cls} talent of Haizhou (320706) with one child born on {@code childBorn}. */
    private String talentWithChild(String cls, String degree, String childBorn) throws Exception {
        String body = "{\"name\":\"入学测试\",\"gender\":\"MALE\",\"document\":{\"type\":\"RESIDENT_ID\",\"number\":\""
                + newIdNumber() + "\"},\"highestDegree\":\"" + degree + "\",\"phone\":\"13812345678\",\"jurisdiction\":\"320706\","
                + "\"children\":[{\"name\":\"小明\",\"birthDate\":\"" + childBorn + "\"}]}";
        HttpResponse<String> r = http("POST", "/talents", "window1", body);
        assertEquals(r.body(), 201, r.statusCode());
        String id = field(r.body(), "id");
        HttpResponse<String> c = http("POST", "/talents/" + id + "/certifications", "supervisor1",
                "{\"talentClass\":\"" + cls + "\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2020-01-01\"}");
        assertEquals(c.body(), 201, c.statusCode());
        return id;
    }


    @Test
    public void art42ChildSchoolingFromSubmissionToTheSchoolAndThroughUninstall() throws Exception {
        admin("feature:uninstall talent-service-child-schooling");
        awaitService("child-schooling", 404);
        admin("feature:install talent-service-child-schooling");
        awaitService("child-schooling", 200);

        String talent = talentWithChild("C", "MASTER", "2019-03-01");
        String form = "{\"childName\":\"小明\",\"stage\":\"primary\",\"transferFromOtherCity\":false,\"hukouLocation\":\"河南省郑州市\"}";
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"child-schooling\",\"description\":\"子女入学\",\"form\":" + form + "}");
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"category\":\"PRIORITY_HIGH_QUALITY\""));
        assertTrue(created.body(), created.body().contains("免试就近入学"));
        String t = field(created.body(), "id");

        // Art.4.2 age check: the child is seven, not of kindergarten age.
        HttpResponse<String> wrongStage = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"child-schooling\",\"description\":\"子女入学\",\"form\":"
                + form.replace("primary", "kindergarten") + "}");
        assertEquals(wrongStage.body(), 422, wrongStage.statusCode());
        assertTrue(wrongStage.body(), wrongStage.body().contains("AGE_NOT_FIT_STAGE"));
        // One request per child at a time: a second would be resolved into a second school.
        HttpResponse<String> again = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"child-schooling\",\"description\":\"再次申请入学\",\"form\":" + form + "}");
        assertEquals(again.body(), 422, again.statusCode());
        assertTrue(again.body(), again.body().contains("CHILD_PENDING") && again.body().contains(field(created.body(), "number")));

        assertEquals(200, act(t, "accept", "window1", null).statusCode());
        assertEquals(200, act(t, "dispatch", "window1", "{\"unit\":\"EDUCATION\"}").statusCode());
        assertEquals(200, act(t, "contact", "dept_edu", null).statusCode());
        HttpResponse<String> notListed = act(t, "resolve", "dept_edu", "{\"reply\":\"已安排\",\"values\":{\"school\":\"某民办学校\"}}");
        assertEquals(notListed.body(), 422, notListed.statusCode());
        assertTrue(notListed.body(), notListed.body().contains("连云港市新海实验中学"));
        HttpResponse<String> resolved = act(t, "resolve", "dept_edu",
                "{\"reply\":\"已安排入学\",\"values\":{\"school\":\"连云港市新海实验中学\"}}");
        assertEquals(resolved.body(), 200, resolved.statusCode());
        assertTrue(resolved.body(), resolved.body().contains("\"school\":\"连云港市新海实验中学\""));

        String schools = admin("schooling:schools -j 320722");
        assertTrue(schools, schools.contains("江苏省东海高级中学"));
        assertTrue(schools, !schools.contains("江苏省灌云高级中学"));
        // While a setting of the lists is refused, the command stays and says so: it vanished
        // before ("Command not found") just when the operator wanted to see the lists.
        Path lists = Paths.get(System.getProperty("karaf.etc"), "cn.lyg.talent.plugin.schooling.cfg");
        Files.writeString(lists, "highQualitySchools = 320799|不存在的学校\n", StandardCharsets.UTF_8);
        try {
            String told = awaitConsole("schooling:schools", out -> out.contains("SCHOOL_LISTS_NOT_STARTED"));
            assertTrue(told, told.contains("catalog:problems") && told.contains("学校名单未运行"));
        } finally {
            Files.deleteIfExists(lists);
        }
        awaitConsole("schooling:schools", out -> out.contains("江苏省东海高级中学"));

        admin("feature:uninstall talent-service-child-schooling");
        awaitService("child-schooling", 404);
        String kept = http("GET", "/tickets/" + t, "window1", null).body();
        assertTrue(kept, kept.contains("\"serviceOffered\":false"));
        assertTrue(kept, kept.contains("连云港市新海实验中学"));
        admin("feature:install talent-service-child-schooling");
        awaitService("child-schooling", 200);
    }

    @Test
    public void art43HousingFromChoiceToTheLedgerAndThroughUninstall() throws Exception {
        admin("feature:uninstall talent-service-housing");
        awaitService("housing", 404);
        admin("feature:install talent-service-housing");
        awaitService("housing", 200);
        String guide = http("GET", "/services/housing", null, null).body();
        assertTrue(guide, guide.contains("购房券"));

        String talent = talentWithChild("C", "MASTER", "2019-03-01");
        HttpResponse<String> together = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"housing\",\"description\":\"安居\",\"form\":{\"forms\":[\"talent-apartment\",\"purchase-voucher\"]}}");
        assertEquals(together.body(), 422, together.statusCode());
        assertTrue(together.body(), together.body().contains("FORMS_EXCLUDE_EACH_OTHER"));
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"housing\",\"description\":\"安居\",\"form\":{\"forms\":[\"talent-apartment\",\"living-subsidy\"]}}");
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), created.body().contains("生活补贴每月2000元"));
        String t = field(created.body(), "id");
        // One housing request at a time: a second one is refused now, not stuck at resolution.
        HttpResponse<String> second = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"housing\",\"description\":\"再申请\",\"form\":{\"forms\":[\"talent-apartment\"]}}");
        assertEquals(second.body(), 422, second.statusCode());
        assertTrue(second.body(), second.body().contains("HOUSING_PENDING") && second.body().contains(field(created.body(), "number")));
        assertEquals(200, act(t, "accept", "window1", null).statusCode());
        assertEquals(200, act(t, "dispatch", "window1", "{\"unit\":\"HRSS\"}").statusCode());
        assertEquals(200, act(t, "contact", "dept_hrss", null).statusCode());
        HttpResponse<String> noFlat = act(t, "resolve", "dept_hrss", "{\"reply\":\"已安排\",\"values\":{\"startDate\":\"2026-12-01\"}}");
        assertEquals(noFlat.body(), 422, noFlat.statusCode());
        long before = count("HOUSING_GRANT");
        long events = count("TICKET_EVENT");
        // A misspelt value name is refused with the names the service takes, not dropped (the
        // apartment would be missing from the grant while the clerk believes it recorded).
        HttpResponse<String> typo = act(t, "resolve", "dept_hrss",
                "{\"reply\":\"已安排\",\"values\":{\"startDate\":\"2026-12-01\",\"apartmnet\":\"海州区人才公寓3号楼502\"}}");
        assertEquals(typo.body(), 422, typo.statusCode());
        assertTrue(typo.body(), typo.body().contains("\"field\":\"values.apartmnet\"") && typo.body().contains("VALUE_UNKNOWN")
                && typo.body().contains("apartment、startDate") && typo.body().contains("apartment, startDate"));
        assertEquals(before, count("HOUSING_GRANT"));
        assertEquals(events, count("TICKET_EVENT"));
        HttpResponse<String> resolved = act(t, "resolve", "dept_hrss",
                "{\"reply\":\"已安排\",\"values\":{\"startDate\":\"2026-12-01\",\"apartment\":\"海州区人才公寓3号楼502\"}}");
        assertEquals(resolved.body(), 200, resolved.statusCode());
        assertTrue(resolved.body(), resolved.body().contains("海州区人才公寓3号楼502"));
        assertEquals(before + 2, count("HOUSING_GRANT"));
        HttpResponse<String> again = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"housing\",\"description\":\"安居\",\"form\":{\"forms\":[\"living-subsidy\"]}}");
        assertEquals(again.body(), 422, again.statusCode());
        assertTrue(again.body(), again.body().contains("ALREADY_GRANTED"));
        assertTrue(admin("housing:terms").contains("320700"));

        admin("feature:uninstall talent-service-housing");
        awaitService("housing", 404);
        assertTrue(http("GET", "/tickets/" + t, "window1", null).body().contains("海州区人才公寓3号楼502"));
        assertEquals("the ledger outlives the plugin", before + 2, count("HOUSING_GRANT"));
        admin("feature:install talent-service-housing");
        awaitService("housing", 200);
    }

    @Test
    public void art41SpouseEmploymentTakeInFirstNeedsTheStaffingOfficesApproval() throws Exception {
        admin("feature:uninstall talent-service-spouse-employment");
        awaitService("spouse-employment", 404);
        admin("feature:install talent-service-spouse-employment");
        awaitService("spouse-employment", 200);

        String body = "{\"name\":\"配偶测试\",\"gender\":\"MALE\",\"document\":{\"type\":\"RESIDENT_ID\",\"number\":\""
                + newIdNumber() + "\"},\"highestDegree\":\"DOCTORATE\",\"phone\":\"13812345678\",\"jurisdiction\":\"320706\","
                + "\"spouse\":{\"name\":\"李华\",\"originalEmployerNature\":\"PUBLIC_INSTITUTION\","
                + "\"personalStatus\":\"PUBLIC_INSTITUTION_STAFF\",\"speciality\":\"临床医学\"}}";
        HttpResponse<String> r = http("POST", "/talents", "window1", body);
        assertEquals(r.body(), 201, r.statusCode());
        String talent = field(r.body(), "id");
        assertEquals(201, http("POST", "/talents/" + talent + "/certifications", "supervisor1",
                "{\"talentClass\":\"B\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2020-01-01\"}").statusCode());
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"spouse-employment\",\"description\":\"配偶安置\",\"form\":{\"route\":\"recommendation\","
                + "\"difficulty\":\"本单位无对口岗位\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"receivingKind\":\"PUBLIC_INSTITUTION\""));
        String t = field(created.body(), "id");
        assertEquals(200, act(t, "accept", "window1", null).statusCode());
        assertEquals(200, act(t, "dispatch", "window1", "{\"unit\":\"HRSS\"}").statusCode());
        assertEquals(200, act(t, "contact", "dept_hrss", null).statusCode());
        String resolve = "{\"reply\":\"已安置\",\"values\":{\"receivingUnit\":\"市第一人民医院\",\"receivingKind\":\"PUBLIC_INSTITUTION\","
                + "\"quotaAvailable\":\"false\"}}";
        HttpResponse<String> early = act(t, "resolve", "dept_hrss", resolve);
        assertEquals(early.body(), 422, early.statusCode());
        assertTrue(early.body(), early.body().contains("TAKE_IN_FIRST_NOT_APPROVED"));

        // Taking in first concerns a recommendation only.
        HttpResponse<String> publicService = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"spouse-employment\",\"description\":\"配偶求职登记\",\"form\":{\"route\":"
                + "\"public-employment-service\"}}");
        assertEquals(publicService.body(), 201, publicService.statusCode());
        String notRecommended = console("dept_staffing", "spouse:staffing-decision --approve -u 市第一人民医院 "
                + field(publicService.body(), "id"), "department", "unit:STAFFING");
        assertTrue(notRecommended, notRecommended.contains("NOT_RECOMMENDATION: "));
        assertEquals(0, count("SPOUSE_STAFFING_DECISION WHERE TICKET_ID = '" + field(publicService.body(), "id") + "'"));
        // Nor for a spouse recommended to an enterprise: such an approval could never be used.
        HttpResponse<String> enterpriseSpouse = http("POST", "/talents", "window1", body.replace("配偶测试", "配偶测试二")
                .replaceFirst("\"number\":\"[0-9X]+\"", "\"number\":\"" + newIdNumber() + "\"")
                .replace("\"originalEmployerNature\":\"PUBLIC_INSTITUTION\"", "\"originalEmployerNature\":\"PRIVATE_ENTERPRISE\"")
                .replace("PUBLIC_INSTITUTION_STAFF", "ENTERPRISE_EMPLOYEE").replace("13812345678", "13812345679"));
        assertEquals(enterpriseSpouse.body(), 201, enterpriseSpouse.statusCode());
        assertEquals(201, http("POST", "/talents/" + field(enterpriseSpouse.body(), "id") + "/certifications", "supervisor1",
                "{\"talentClass\":\"B\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2020-01-01\"}").statusCode());
        HttpResponse<String> toEnterprise = http("POST", "/tickets", "window1", "{\"talentId\":\"" + field(enterpriseSpouse.body(), "id")
                + "\",\"serviceCode\":\"spouse-employment\",\"description\":\"配偶安置\",\"form\":{\"route\":\"recommendation\","
                + "\"difficulty\":\"本单位无对口岗位\"}}");
        assertEquals(toEnterprise.body(), 201, toEnterprise.statusCode());
        String notInstitution = console("dept_staffing", "spouse:staffing-decision --approve -u 某事业单位 -c 先进后出 "
                + field(toEnterprise.body(), "id"), "department", "unit:STAFFING");
        assertTrue(notInstitution, notInstitution.contains("NOT_PUBLIC_INSTITUTION: ") && notInstitution.contains("企业"));
        assertEquals(0, count("SPOUSE_STAFFING_DECISION WHERE TICKET_ID = '" + field(toEnterprise.body(), "id") + "'"));
        String refused = console("window1", "spouse:staffing-decision --approve -u 市第一人民医院 " + t, "window");
        assertTrue(refused, refused.contains("STAFFING_OFFICE_ONLY: 只有编制部门可以审批先进后出 / Only the staffing office"));
        String approved = console("dept_staffing", "spouse:staffing-decision --approve -u 市第一人民医院 -c 同意先进后出 " + t,
                "department", "unit:STAFFING");
        assertTrue(approved, approved.contains("approved"));
        // A decision needs a spouse-employment ticket that exists and is still open.
        String unknown = console("dept_staffing", "spouse:staffing-decision --approve -u 某单位 00000000-0000-0000-0000-000000000000",
                "department", "unit:STAFFING");
        assertTrue(unknown, unknown.contains("TICKET_NOT_FOUND: ") && unknown.contains("No such ticket"));
        // A county's staffing office reads with the talent office's reach in its own county only
        // (decision 0003), and another kind of ticket is not found for it, not named.
        String county = console("donghai_staffing", "spouse:staffing-decision --approve -u 市第一人民医院 " + t,
                "department", "unit:STAFFING", "jurisdiction:320722");
        assertTrue(county, county.contains("TICKET_NOT_FOUND: "));
        assertEquals(1, count("SPOUSE_STAFFING_DECISION WHERE TICKET_ID = '" + t + "'"));
        HttpResponse<String> tax = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"tax\",\"description\":\"发票\",\"form\":{\"matter\":\"invoice\"}}");
        assertEquals(tax.body(), 201, tax.statusCode());
        String other = console("dept_staffing", "spouse:staffing-decision " + field(tax.body(), "number"),
                "department", "unit:STAFFING");
        assertTrue(other, other.contains("TICKET_NOT_FOUND: ") && !other.contains("NOT_SPOUSE_EMPLOYMENT"));
        HttpResponse<String> resolved = act(t, "resolve", "dept_hrss", resolve);
        assertEquals(resolved.body(), 200, resolved.statusCode());
        assertTrue(resolved.body(), resolved.body().contains("\"takeInFirstApprovedBy\":\"STAFFING\""));
        // The console shows the outcome in words; its values are data for programs (codes, keys).
        String shown = console("window1", "ticket:show " + t, "window");
        assertTrue(shown, shown.contains("配偶经对口推荐到市第一人民医院（事业单位"));
        assertFalse(shown, shown.contains("PUBLIC_INSTITUTION") || shown.contains("receivingKind"));

        admin("feature:uninstall talent-service-spouse-employment");
        awaitService("spouse-employment", 404);
        String away = http("GET", "/tickets/" + t, "window1", null).body();
        assertTrue(away, away.contains("市第一人民医院"));
        // Art.9: the form reads as filled in, the plugin that named its fields and choices gone.
        assertTrue(away, away.contains("{\"field\":\"route\",\"label\":{\"zh\":\"安置途径\"")
                && away.contains("\"value\":{\"zh\":\"对口推荐安置\""));
        admin("feature:install talent-service-spouse-employment");
        awaitService("spouse-employment", 200);
    }

    @Test
    public void art44TheAnnualExaminationOnceAYearIntoARecordOnlyItsReadersSee() throws Exception {
        admin("feature:uninstall talent-service-medical-care");
        awaitService("medical-care", 404);
        admin("feature:install talent-service-medical-care");
        awaitService("medical-care", 200);

        String talent = talentWithChild("D", "MASTER", "2019-03-01");
        // Booked for today: its results can be noted once it has taken place, which a later date
        // would not allow yet (EXAM_NOT_YET_HELD, MedicalCareTest).
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String form = "{\"matter\":\"health-examination\",\"hospital\":\"连云港市第一人民医院\",\"examDate\":\"" + today + "\"}";
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"medical-care\",\"description\":\"年度体检\",\"form\":" + form + "}");
        assertEquals(created.body(), 201, created.statusCode());
        String t = field(created.body(), "id");
        assertEquals(200, act(t, "accept", "window1", null).statusCode());
        HttpResponse<String> second = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"medical-care\",\"description\":\"再次体检\",\"form\":"
                + form + "}");
        assertEquals(second.body(), 422, second.statusCode());
        assertTrue(second.body(), second.body().contains("EXAM_ALREADY_BOOKED"));
        assertTrue(second.body(), second.body().contains("每人每年一次"));

        assertEquals(200, act(t, "dispatch", "window1", "{\"unit\":\"HEALTH\"}").statusCode());
        assertEquals(200, act(t, "contact", "dept_health", null).statusCode());
        // Art.7: completed within its 3 working days by arranging the examination; health staff note
        // the results after it, into the record only (the ticket, which clerks read, never carries them).
        HttpResponse<String> resolved = act(t, "resolve", "dept_health", "{\"reply\":\"已安排体检\"}");
        assertEquals(resolved.body(), 200, resolved.statusCode());
        assertTrue(resolved.body(), resolved.body().contains("已安排" + today + "在连云港市第一人民医院体检"));
        String results = "/plugins/medical/exams/" + t + "/results";
        HttpResponse<String> notHealth = http("POST", results, "dept_edu", "{\"results\":\"各项指标正常\"}");
        assertEquals(notHealth.body(), 403, notHealth.statusCode());
        assertTrue(notHealth.body(), notHealth.body().contains("HEALTH_STAFF_ONLY"));
        HttpResponse<String> blank = http("POST", results, "dept_health", "{\"results\":\" \"}");
        assertEquals(blank.body(), 422, blank.statusCode());
        assertTrue(blank.body(), blank.body().contains("\"field\":\"results\",\"code\":\"VALUE_REQUIRED\""));
        HttpResponse<String> unknown = http("POST", results, "dept_health", "{\"results\":\"各项指标正常\",\"extra\":\"x\"}");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("UNKNOWN_FIELD"));
        assertEquals(0, count("MEDICAL_HEALTH_RECORD WHERE TALENT_ID = '" + talent + "'"));
        HttpResponse<String> noted = http("POST", results, "dept_health", "{\"results\":\"各项指标正常\"}");
        assertEquals(noted.body(), 201, noted.statusCode());
        assertEquals(409, http("POST", results, "dept_health", "{\"results\":\"复查正常\"}").statusCode());
        assertTrue("the ticket does not carry the results", !http("GET", "/tickets/" + t, "window1", null).body().contains("各项指标正常"));

        HttpResponse<String> staff = http("GET", "/plugins/medical/records/" + talent, "dept_health", null);
        assertEquals(staff.body(), 200, staff.statusCode());
        assertTrue(staff.body(), staff.body().contains("各项指标正常"));
        assertEquals(404, http("GET", "/plugins/medical/records/" + talent, "window1", null).statusCode());
        assertEquals(404, http("GET", "/plugins/medical/records/" + talent, "dept_edu", null).statusCode());
        assertEquals(401, http("GET", "/plugins/medical/records/" + talent, null, null).statusCode());
        HttpResponse<String> reads = http("GET", "/plugins/medical/records/" + talent + "/reads", "supervisor1", null);
        assertTrue(reads.body(), reads.body().contains("\"reader\":\"dept_health\""));
        assertTrue(admin("medical:sessions").contains("2027-spring"));
        HttpResponse<String> recuperation = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"medical-care\",\"description\":\"疗休养\",\"form\":{\"matter\":\"recuperation\","
                + "\"session\":\"2027-spring\"}}");
        assertEquals(recuperation.body(), 201, recuperation.statusCode());
        String r = field(recuperation.body(), "id");
        assertEquals(200, act(r, "accept", "window1", null).statusCode());
        String seated = "MEDICAL_SESSION_SEAT WHERE TICKET_ID = '" + r + "' AND SEAT_KEY IS NOT NULL";
        assertEquals(1, count(seated));

        admin("feature:uninstall talent-service-medical-care");
        awaitService("medical-care", 404);
        assertTrue(http("GET", "/tickets/" + t, "window1", null).body().contains("个人健康档案"));
        // Art.9: withdrawn while the plugin is away, the place is given back when it returns.
        assertEquals(200, act(r, "withdraw", "window1", "{\"comment\":\"人才另有安排\"}").statusCode());
        assertEquals(1, count(seated));
        admin("feature:install talent-service-medical-care");
        awaitService("medical-care", 200);
        awaitCount(seated, 0);
    }

    /** The number after {@code "cardNumber":"} in an answer. */
    private static String cardNumber(String body) {
        return field(body, "cardNumber");
    }

    @Test
    public void art45AGoldCardIsIssuedBookedForAScenicVisitCheckedAtTheGateAndRevoked() throws Exception {
        String holder = talentWithChild("D", "DOCTORATE", "2015-05-01");
        String other = talentWithChild("D", "MASTER", "2015-05-01");
        // Codes in any case, as elsewhere: the service and a choice are stored as the catalog spells them.
        HttpResponse<String> applied = http("POST", "/tickets", "window1", "{\"talentId\":\"" + holder
                + "\",\"serviceCode\":\"Gold-Card\",\"description\":\"申领金卡\",\"form\":{\"delivery\":\"WINDOW\",\"useRegistryPhoto\":true}}");
        assertEquals(applied.body(), 201, applied.statusCode());
        assertTrue(applied.body(), applied.body().contains("\"serviceCode\":\"gold-card\"") && applied.body().contains("\"delivery\":\"window\""));
        String t = field(applied.body(), "id");
        // Art.4.5: one card per holder; a second request while the first is under way is refused on
        // applying, naming the first, and nothing is written.
        long before = count("TICKET");
        HttpResponse<String> second = http("POST", "/tickets", "window1", "{\"talentId\":\"" + holder
                + "\",\"serviceCode\":\"gold-card\",\"description\":\"再次申领金卡\",\"form\":{\"delivery\":\"window\",\"useRegistryPhoto\":true}}");
        assertEquals(second.body(), 422, second.statusCode());
        assertTrue(second.body(), second.body().contains("\"code\":\"GOLD_CARD_PENDING\"")
                && second.body().contains("金卡申请 " + field(applied.body(), "number") + " 尚在办理中"));
        assertEquals(before, count("TICKET"));
        HttpResponse<String> accepted = act(t, "accept", "window1", null);
        assertEquals(200, accepted.statusCode());
        // A service with a handler takes one version per step like any other, so the version a
        // client read stays the one to send with its next step.
        assertEquals(accepted.body(), 2, version(accepted.body()));
        assertEquals(200, act(t, "dispatch", "window1", "{\"unit\":\"HRSS\"}").statusCode());
        assertEquals(200, act(t, "contact", "dept_hrss", "{\"version\":3}").statusCode());
        HttpResponse<String> resolved = act(t, "resolve", "dept_hrss", "{\"reply\":\"金卡已制作，请到窗口领取\",\"version\":4}");
        assertEquals(resolved.body(), 200, resolved.statusCode());
        assertEquals(resolved.body(), 5, version(resolved.body()));
        String card = cardNumber(resolved.body());
        assertTrue(resolved.body(), card != null && card.matches("LYG20[0-9]{2}[0-9]{6}"));
        assertTrue(resolved.body(), resolved.body().contains("已制发连云港市高层次人才服务金卡 " + card));

        // Art.4.5: a scenic-visit booking names a card the applicant holds; nothing is written otherwise.
        String visitDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
        String booking = "\",\"serviceCode\":\"scenic-visit\",\"description\":\"预约游览花果山\",\"form\":{\"goldCardNumber\":\"%s\","
                + "\"scenicArea\":\"huaguoshan\",\"visitDate\":\"" + visitDate + "\"}}";
        long tickets = count("TICKET");
        HttpResponse<String> notHers = http("POST", "/tickets", "window1", "{\"talentId\":\"" + other + String.format(booking, card));
        assertEquals(notHers.body(), 422, notHers.statusCode());
        assertTrue(notHers.body(), notHers.body().contains("\"field\":\"form.goldCardNumber\",\"code\":\"GOLD_CARD_NOT_HELD\""));
        assertEquals(tickets, count("TICKET"));
        HttpResponse<String> booked = http("POST", "/tickets", "window1", "{\"talentId\":\"" + holder
                + String.format(booking, card.toLowerCase(Locale.ROOT)));
        assertEquals(booked.body(), 201, booked.statusCode());

        // The gate: the card is valid, the holder masked; only a gate records a visit, at a known scenic area.
        HttpResponse<String> checked = http("GET", "/plugins/gold-card/cards/" + card, "gate1", null);
        assertEquals(checked.body(), 200, checked.statusCode());
        assertTrue(checked.body(), checked.body().contains("\"status\":\"VALID\""));
        assertTrue(checked.body(), checked.body().contains("\"holderName\":\"入**试\""));
        assertTrue(checked.body(), !checked.body().contains("ticketNumber"));
        // A gate typing the holder's identity number instead of the card's.
        assertEquals(404, http("GET", "/plugins/gold-card/cards/11010519491231002X", "gate1", null).statusCode());
        // Every look-up is kept, a number naming no card included (by its ends only), for the talent office only.
        HttpResponse<String> checks = http("GET", "/plugins/gold-card/checks?by=gate1&limit=2", "supervisor1", null);
        assertEquals(checks.body(), 200, checks.statusCode());
        assertTrue(checks.body(), checks.body().startsWith("{\"items\":[{\"cardNumber\":\"1101**********002X\",\"checkedBy\":\"gate1\""));
        assertEquals(0, count("GOLD_CARD_CHECK WHERE CARD_NUMBER LIKE '%19491231%'"));
        assertTrue(checks.body(), checks.body().contains("\"offset\":0,\"limit\":2"));
        assertTrue(checks.body(), checks.body().contains("\"outcome\":\"NOT_FOUND\"")
                && checks.body().contains("\"cardNumber\":\"" + card + "\",\"checkedBy\":\"gate1\""));
        assertEquals(403, http("GET", "/plugins/gold-card/checks", "gate1", null).statusCode());
        // A visit names a card as a check does: a made-up number there is kept too.
        assertEquals(404, http("POST", "/plugins/gold-card/cards/LYG1999000002/visits", "gate1", "{\"scenicArea\":\"huaguoshan\"}")
                .statusCode());
        assertTrue(http("GET", "/plugins/gold-card/checks?number=LYG1999000002", "supervisor1", null).body()
                .contains("\"outcome\":\"NOT_FOUND\""));
        assertEquals(422, http("GET", "/plugins/gold-card/checks?limit=0", "supervisor1", null).statusCode());
        assertEquals(422, http("GET", "/plugins/gold-card/checks?offset=-1", "supervisor1", null).statusCode());
        assertEquals(403, http("POST", "/plugins/gold-card/cards/" + card + "/visits", "window1", "{\"scenicArea\":\"huaguoshan\"}")
                .statusCode());
        long visits = count("GOLD_CARD_VISIT");
        HttpResponse<String> nowhere = http("POST", "/plugins/gold-card/cards/" + card + "/visits", "gate1", "{\"scenicArea\":\"nowhere\"}");
        assertEquals(nowhere.body(), 422, nowhere.statusCode());
        assertTrue(nowhere.body(), nowhere.body().contains("\"field\":\"scenicArea\""));
        assertEquals(visits, count("GOLD_CARD_VISIT"));
        HttpResponse<String> visited = http("POST", "/plugins/gold-card/cards/" + card + "/visits", "gate1", "{\"scenicArea\":\"huaguoshan\"}");
        assertEquals(visited.body(), 201, visited.statusCode());
        assertEquals(visits + 1, count("GOLD_CARD_VISIT"));
        // The talent office tells a visit's look-up from a plain one.
        String kept = http("GET", "/plugins/gold-card/checks?number=" + card + "&limit=1", "supervisor1", null).body();
        assertTrue(kept, kept.contains("\"scenicArea\":\"huaguoshan\""));
        String listed = admin("goldcard:checks -n " + card + " -l 1");
        assertTrue(listed, listed.contains("免费游览：花果山风景区"));

        // Lost: the talent office revokes it, the gate refuses it, the record and its visit stay.
        String notAllowed = console("window1", "goldcard:revoke -r 挂失 " + card, "window");
        assertTrue(notAllowed, notAllowed.startsWith("ERROR FORBIDDEN_REVOKE: 只有市人社局、人才办和管理员可以注销金卡"));
        String revoked = admin("goldcard:revoke -r 挂失 " + card);
        assertTrue(revoked, revoked.contains("已注销金卡"));
        HttpResponse<String> refused = http("POST", "/plugins/gold-card/cards/" + card + "/visits", "gate1", "{\"scenicArea\":\"liandao\"}");
        assertEquals(refused.body(), 409, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("GOLD_CARD_NOT_VALID"));
        assertTrue(refused.body(), refused.body().contains("已注销"));
        String shown = admin("goldcard:show " + card);
        assertTrue(shown, shown.contains("已注销") && shown.contains("挂失") && shown.contains("huaguoshan") && shown.contains("gate1"));
        HttpResponse<String> again = http("POST", "/tickets", "window1", "{\"talentId\":\"" + holder
                + String.format(booking, card).replace("预约游览花果山", "再次预约"));
        assertEquals(again.body(), 422, again.statusCode());
        assertTrue(again.body(), again.body().contains("GOLD_CARD_REVOKED"));
    }

    /** The ticket's version in an answer. */
    private static long version(String json) {
        Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
