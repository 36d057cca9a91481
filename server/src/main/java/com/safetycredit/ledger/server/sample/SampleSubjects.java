package com.safetycredit.ledger.server.sample;

import com.safetycredit.ledger.command.application.Agencies;
import com.safetycredit.ledger.command.application.Agencies.AgencyListing;
import com.safetycredit.ledger.command.application.Agencies.AgencyPenalty;
import com.safetycredit.ledger.command.application.Agencies.AgencyRegistration;
import com.safetycredit.ledger.command.application.Agencies.AgencyService;
import com.safetycredit.ledger.command.application.Agencies.Interview;
import com.safetycredit.ledger.command.application.Agencies.QualityCheck;
import com.safetycredit.ledger.command.application.Practitioners;
import com.safetycredit.ledger.command.application.Practitioners.Employment;
import com.safetycredit.ledger.command.application.Practitioners.EmploymentEnd;
import com.safetycredit.ledger.command.application.Practitioners.Erasure;
import com.safetycredit.ledger.command.application.Practitioners.PractitionerRegistration;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.values.IdentityNumber;
import com.safetycredit.ledger.contracts.values.Uscc;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The sample ledger's agencies and practitioners (RULES.md §13), recorded through the same use cases as the API:
 * an assessment agency whose false report is found by a spot check, penalised and listed on basis 7; a training
 * centre and a testing company with ordinary years; an assessor who leaves the listed agency, a registered
 * engineer and a principal at sample enterprises, and one person whose data was erased on request. Fictitious
 * codes and people: every identity number is made here with its GB 11643 check character.
 */
@Component
@Profile("command")
public class SampleSubjects {

    /** The assessment agency with the failed spot check, the penalty and the basis-7 listing. */
    public static final String ASSESSMENT_AGENCY = agencyUscc("330402", 1);

    public static final String TRAINING_CENTRE = agencyUscc("330482", 2);
    public static final String TESTING_COMPANY = agencyUscc("330421", 3);

    private final Agencies agencies;
    private final Practitioners practitioners;

    public SampleSubjects(Agencies agencies, Practitioners practitioners) {
        this.agencies = agencies;
        this.practitioners = practitioners;
    }

    /** An agency's code in {@code region}: the enterprises' pattern with 'K' for the kind of subject. */
    static String agencyUscc(String region, int n) {
        String first17 = String.format("91%sMAK%06d", region, n);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** A fictitious person's identity number, born in {@code region} on {@code birthday}. */
    static String idNumber(String region, LocalDate birthday, int serial) {
        String first17 = region + birthday.toString().replace("-", "") + String.format("%03d", serial);
        return first17 + IdentityNumber.checkCharacter(first17);
    }

    /** Records them all; {@code enterprises} are sample enterprises' codes, at least ten. */
    void record(List<String> enterprises) {
        RequestMetadata registrar = caller("REGISTRAR");
        RequestMetadata reviewer = caller("REVIEWER");
        registerAgencies(registrar);
        assessmentAgencysYears(registrar, reviewer, enterprises);
        ordinaryYears(registrar, enterprises);
        people(registrar, enterprises);
    }

    private void registerAgencies(RequestMetadata registrar) {
        agencies.register(
                registrar,
                new AgencyRegistration(
                        ASSESSMENT_AGENCY,
                        "嘉兴市示例安全评价有限公司",
                        List.of("SAFETY_ASSESSMENT", "TESTING"),
                        "APJ-(浙)-0231",
                        LocalDate.of(2027, 6, 30),
                        "330402",
                        "嘉兴市南湖区示例路8号",
                        LocalDate.of(2019, 3, 1)));
        agencies.register(
                registrar,
                new AgencyRegistration(
                        TRAINING_CENTRE,
                        "平湖市示例安全培训中心",
                        List.of("TRAINING", "CONSULTING"),
                        "平应急培〔2020〕2号",
                        null,
                        "330482",
                        "平湖市当湖街道示例路16号",
                        LocalDate.of(2020, 5, 11)));
        agencies.register(
                registrar,
                new AgencyRegistration(
                        TESTING_COMPANY,
                        "嘉善县示例检测技术有限公司",
                        List.of("TESTING", "OCCUPATIONAL_HEALTH"),
                        "浙检〔2021〕0456",
                        LocalDate.of(2026, 12, 31),
                        "330421",
                        "嘉善县魏塘街道示例路3号",
                        LocalDate.of(2021, 2, 1)));
    }

    /** Services in 2024 and 2025, a false report found in 2025: interview, penalty, basis-7 listing. */
    private void assessmentAgencysYears(RequestMetadata registrar, RequestMetadata reviewer, List<String> clients) {
        String agency = ASSESSMENT_AGENCY;
        service(registrar, agency, clients.get(0), "SAFETY_ASSESSMENT", "PJ-2024-008", "2024-03-01", "2024-04-15");
        service(registrar, agency, clients.get(1), "TESTING", "JC-2024-031", "2024-09-02", "2024-09-20");
        String faulty = service(
                registrar, agency, clients.get(2), "SAFETY_ASSESSMENT", "PJ-2025-017", "2025-03-01", "2025-04-30");
        agencies.recordQualityCheck(
                registrar,
                agency,
                new QualityCheck(LocalDate.of(2025, 6, 10), "FAILED", "现场检测数据与评价报告不符，报告结论无依据", faulty));
        agencies.recordInterview(
                registrar,
                agency,
                new Interview("INTERVIEW", LocalDate.of(2025, 6, 20), "嘉应急约〔2025〕3号", "安全评价报告质量抽查不合格"));
        agencies.impose(
                registrar,
                agency,
                new AgencyPenalty(
                        "嘉应急罚〔2025〕21号", LocalDate.of(2025, 7, 15), "出具虚假安全评价报告", 100_000L, true, "FALSE_REPORT"));
        agencies.blacklist(
                reviewer,
                agency,
                new AgencyListing(
                        7, null, "嘉应急罚〔2025〕21号", "嘉兴市应急管理局", "嘉应急失信〔2025〕4号", LocalDate.of(2025, 8, 1), null));
    }

    /** The training centre and the testing company: services, a check passed, one with defects. */
    private void ordinaryYears(RequestMetadata registrar, List<String> clients) {
        for (int i = 0; i < 4; i++) {
            service(
                    registrar,
                    TRAINING_CENTRE,
                    clients.get(3 + i),
                    "TRAINING",
                    "PX-2025-0" + (10 + i),
                    "2025-0" + (2 + i) + "-01",
                    "2025-0" + (2 + i) + "-20");
        }
        agencies.recordQualityCheck(
                registrar,
                TRAINING_CENTRE,
                new QualityCheck(LocalDate.of(2025, 9, 5), "PASSED", "培训档案、课时与考核记录齐全", null));
        String testing = service(
                registrar, TESTING_COMPANY, clients.get(7), "TESTING", "JS-2025-102", "2025-04-07", "2025-04-18");
        service(registrar, TESTING_COMPANY, clients.get(8), "OCCUPATIONAL_HEALTH", "ZW-2025-009", "2025-05-06", null);
        agencies.recordQualityCheck(
                registrar,
                TESTING_COMPANY,
                new QualityCheck(LocalDate.of(2025, 10, 14), "DEFECTS", "原始记录签字不全，限期一个月整改", testing));
    }

    /**
     * An assessor who leaves the listed agency for the testing company; a registered engineer and a principal at
     * sample enterprises; an engineer whose personal data was erased on request.
     */
    private void people(RequestMetadata registrar, List<String> enterprises) {
        String assessor = "PJS-0330402-017";
        practitioners.register(
                registrar,
                new PractitionerRegistration(
                        assessor,
                        "SAFETY_ASSESSOR",
                        LocalDate.of(2018, 11, 20),
                        "周示例",
                        idNumber("330402", LocalDate.of(1985, 4, 12), 31),
                        null,
                        null,
                        null));
        String atListedAgency = practitioners
                .startEmployment(
                        registrar, assessor, new Employment(ASSESSMENT_AGENCY, "AGENCY", LocalDate.of(2019, 3, 1)))
                .response()
                .id();
        practitioners.endEmployment(registrar, assessor, atListedAgency, new EmploymentEnd(LocalDate.of(2025, 9, 30)));
        practitioners.startEmployment(
                registrar, assessor, new Employment(TESTING_COMPANY, "AGENCY", LocalDate.of(2025, 10, 8)));
        practitioners.register(
                registrar,
                new PractitionerRegistration(
                        "ZAQ-2021-330482-0093",
                        "REGISTERED_SAFETY_ENGINEER",
                        LocalDate.of(2021, 6, 30),
                        "陈示例",
                        idNumber("330482", LocalDate.of(1990, 8, 3), 52),
                        enterprises.get(5),
                        "ENTERPRISE",
                        LocalDate.of(2021, 7, 1)));
        practitioners.register(
                registrar,
                new PractitionerRegistration(
                        "ZFR-2022-330421-0007",
                        "PRINCIPAL",
                        LocalDate.of(2022, 3, 15),
                        "沈示例",
                        idNumber("330421", LocalDate.of(1972, 1, 26), 18),
                        enterprises.get(2),
                        "ENTERPRISE",
                        LocalDate.of(2022, 3, 15)));
        practitioners.register(
                registrar,
                new PractitionerRegistration(
                        "ZAQ-2020-330481-0011",
                        "REGISTERED_SAFETY_ENGINEER",
                        LocalDate.of(2020, 6, 30),
                        "钱示例",
                        idNumber("330481", LocalDate.of(1988, 10, 9), 44),
                        enterprises.get(4),
                        "ENTERPRISE",
                        LocalDate.of(2020, 7, 1)));
        practitioners.erase(caller("ADMIN"), "ZAQ-2020-330481-0011", new Erasure("嘉应急删〔2025〕1号", "本人依法申请删除个人信息"));
    }

    private String service(
            RequestMetadata registrar,
            String agency,
            String client,
            String type,
            String contractNo,
            String from,
            String to) {
        return agencies.recordService(
                        registrar,
                        agency,
                        new AgencyService(
                                client,
                                type,
                                contractNo,
                                LocalDate.parse(from),
                                to == null ? null : LocalDate.parse(to),
                                "报告" + contractNo))
                .response()
                .id();
    }

    private static RequestMetadata caller(String role) {
        return new RequestMetadata(
                "sample-data", role, "嘉兴市应急管理局", UUID.randomUUID().toString(), null, null, null);
    }
}
