package com.safetycredit.ledger.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.person.Practitioners;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 平政发〔2020〕55号 二、（二）"获得注册安全工程师资格认定，且注册在平湖企业的，给予一次性0.3万元的奖励": the basis is the
 * practitioner, the award earned on the later of qualification and registration at the enterprise, once per person
 * — keyed by the registration number, as the certificate-based applications recorded before were.
 */
class EngineerAwardTest {

    private static final String USCC = "91330482MA2B00011X";
    private static final String AWARD = "REGISTERED_SAFETY_ENGINEER";
    private static final AwardPolicy PINGHU =
            AwardPolicyCatalog.shipped().forPolicyYear(2021).orElseThrow();
    private static final AwardRule RULE = PINGHU.award(AWARD).orElseThrow();

    private final EnterpriseRecord enterprise = new EnterpriseRecord()
            .apply(
                    new EnterpriseRegistered(
                            USCC, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2019, 1, 1)),
                    1);

    private static PractitionerRecord engineer(
            String qualification,
            LocalDate qualifiedOn,
            String kind,
            String employer,
            LocalDate from,
            LocalDate ended) {
        PractitionerRecord record = new PractitionerRecord()
                .apply(new PractitionerRegistered("注安2021-0001", qualification, qualifiedOn, "pd1:k:x", "pd1:k:y"), 10)
                .apply(new PractitionerEmploymentStarted("注安2021-0001", "emp-1", kind, employer, from), 11);
        return ended == null
                ? record
                : record.apply(new PractitionerEmploymentEnded("注安2021-0001", "emp-1", ended), 12);
    }

    private static Practitioners only(PractitionerRecord record) {
        return registrationNo -> registrationNo.replace(" ", "").equals(record.registrationNo())
                ? Optional.of(record)
                : Optional.empty();
    }

    private AwardDecision decide(int year, PractitionerRecord person) {
        return AwardEvaluator.evaluate(
                PINGHU, AWARD, year, "注安2021-0001", enterprise, AwardYearBook.empty(), only(person));
    }

    @Test
    void registeredAtTheEnterpriseInTheYearAfterQualifyingEarnsThreeThousandInThatYear() {
        PractitionerRecord person =
                engineer(AWARD, LocalDate.of(2021, 3, 1), "ENTERPRISE", USCC, LocalDate.of(2021, 6, 1), null);
        AwardDecision decision = decide(2021, person);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.amountFen()).isEqualTo(3_000_00L);
        assertThat(decision.reasons().get(0).positions()).containsExactly(10L, 11L);
        assertThat(decide(2022, person).reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("BASIS_NOT_IN_YEAR");
    }

    @Test
    void theAwardBelongsToTheLaterOfQualificationAndRegistration() {
        PractitionerRecord registeredFirst =
                engineer(AWARD, LocalDate.of(2022, 1, 1), "ENTERPRISE", USCC, LocalDate.of(2021, 12, 31), null);
        assertThat(decide(2021, registeredFirst).eligible()).isFalse();
        assertThat(decide(2022, registeredFirst).eligible()).isTrue();
        assertThat(AwardBases.personYear(RULE, USCC, registeredFirst)).contains(LocalDate.of(2022, 1, 1));
    }

    @Test
    void onlyAnEngineerRegisteredHereWhileQualifiedEarnsIt() {
        PractitionerRecord leftBeforeQualifying = engineer(
                AWARD,
                LocalDate.of(2021, 3, 1),
                "ENTERPRISE",
                USCC,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 3, 1));
        assertThat(decide(2021, leftBeforeQualifying).reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("NOT_REGISTERED_HERE");
        PractitionerRecord atAnAgency =
                engineer(AWARD, LocalDate.of(2021, 3, 1), "AGENCY", USCC, LocalDate.of(2021, 6, 1), null);
        assertThat(decide(2021, atAnAgency).reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("NOT_REGISTERED_HERE");
        PractitionerRecord assessor = engineer(
                "SAFETY_ASSESSOR", LocalDate.of(2021, 3, 1), "ENTERPRISE", USCC, LocalDate.of(2021, 6, 1), null);
        assertThat(decide(2021, assessor).reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("NO_BASIS");
        assertThat(AwardEvaluator.evaluate(
                                PINGHU, AWARD, 2021, "注安9", enterprise, AwardYearBook.empty(), only(assessor))
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("NO_BASIS");
    }

    @Test
    void oncePerPersonAcrossTheOldCertificateBasisAndTheNewPractitionerBasis() {
        EnterpriseRecord withCertificate = new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(
                                USCC, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2019, 1, 1)),
                        1)
                .apply(
                        new CertificationGranted(
                                USCC,
                                "cert-1",
                                AWARD,
                                null,
                                "注安 2021-0001",
                                "应急管理部",
                                LocalDate.of(2021, 6, 1),
                                null,
                                "张三",
                                "3304**********123X"),
                        2);
        AwardBasis old = AwardBases.of(RULE, AWARD, "cert-1", withCertificate).orElseThrow();
        AwardBasis person =
                AwardBases.of(RULE, AWARD, "注安2021-0001", enterprise).orElseThrow();
        assertThat(person.kind()).isEqualTo(AwardBasis.Kind.PERSON);
        assertThat(person.applicationId(PINGHU.id())).isEqualTo(old.applicationId(PINGHU.id()));
        // an application of revision 1, naming the certificate, is decided as it was
        assertThat(AwardEvaluator.evaluate(PINGHU, AWARD, 2021, "cert-1", withCertificate)
                        .amountFen())
                .isEqualTo(3_000_00L);
    }

    @Test
    void candidatesAreTheEngineersOfTheYearRegisteredHere() {
        PractitionerRecord person =
                engineer(AWARD, LocalDate.of(2021, 3, 1), "ENTERPRISE", USCC, LocalDate.of(2021, 6, 1), null);
        assertThat(AwardBases.candidates(RULE, AWARD, 2021, enterprise, List.of(person)))
                .extracting(AwardBasis::key)
                .containsExactly("注安2021-0001");
        assertThat(AwardBases.candidates(RULE, AWARD, 2022, enterprise, List.of(person)))
                .isEmpty();
        AwardDecision eligible = AwardEvaluator.eligibility(
                PINGHU, AWARD, 2021, enterprise, id -> false, AwardYearBook.empty(), List.of(person));
        assertThat(eligible.amountFen()).isEqualTo(3_000_00L);
    }
}
