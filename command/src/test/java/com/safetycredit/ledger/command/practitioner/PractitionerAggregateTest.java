package com.safetycredit.ledger.command.practitioner;

import com.safetycredit.ledger.contracts.commands.practitioner.EndEmployment;
import com.safetycredit.ledger.contracts.commands.practitioner.ErasePersonalData;
import com.safetycredit.ledger.contracts.commands.practitioner.RegisterPractitioner;
import com.safetycredit.ledger.contracts.commands.practitioner.StartEmployment;
import com.safetycredit.ledger.contracts.events.practitioner.PersonalDataErased;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A practitioner: one employer at a time, sealed fields only, one erasure. */
class PractitionerAggregateTest {

    private static final String NO = "ZA2021330001";
    private static final String ID = SubjectIds.practitioner(NO);
    private static final PractitionerRegistered REGISTERED = new PractitionerRegistered(
            NO,
            "REGISTERED_SAFETY_ENGINEER",
            LocalDate.of(2021, 3, 1),
            "pd1:prc-ZA2021330001:AA",
            "pd1:prc-ZA2021330001:BB");
    private static final PractitionerEmploymentStarted AT_ONE = new PractitionerEmploymentStarted(
            NO, "emp-1", "ENTERPRISE", "91330482MA28A1B56G", LocalDate.of(2021, 6, 1));

    private AggregateTestFixture<PractitionerAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(PractitionerAggregate.class);
    }

    @Test
    void registeredWithAnEmployerInOneCommit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPractitioner(
                        ID,
                        NO,
                        "REGISTERED_SAFETY_ENGINEER",
                        LocalDate.of(2021, 3, 1),
                        REGISTERED.name(),
                        REGISTERED.idNumber(),
                        "emp-1",
                        "ENTERPRISE",
                        "91330482MA28A1B56G",
                        LocalDate.of(2021, 6, 1)))
                .expectEvents(REGISTERED, AT_ONE);
    }

    @Test
    void oneEmployerAtATimeAndNoNewEmploymentBeforeTheLastEnded() {
        fixture.given(REGISTERED, AT_ONE)
                .when(new StartEmployment(ID, "emp-2", "AGENCY", "91330482MA2A00010X", LocalDate.of(2022, 1, 1)))
                .expectException(ConflictException.class)
                .expectNoEvents();
        PractitionerEmploymentEnded ended = new PractitionerEmploymentEnded(NO, "emp-1", LocalDate.of(2022, 1, 1));
        fixture.given(REGISTERED, AT_ONE, ended)
                .when(new StartEmployment(ID, "emp-2", "AGENCY", "91330482MA2A00010X", LocalDate.of(2021, 12, 31)))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, AT_ONE, ended)
                .when(new StartEmployment(ID, "emp-2", "AGENCY", "91330482MA2A00010X", LocalDate.of(2022, 1, 1)))
                .expectEvents(new PractitionerEmploymentStarted(
                        NO, "emp-2", "AGENCY", "91330482MA2A00010X", LocalDate.of(2022, 1, 1)));
    }

    @Test
    void anEmploymentEndsAfterItBeganAndOnce() {
        fixture.given(REGISTERED, AT_ONE)
                .when(new EndEmployment(ID, "emp-1", LocalDate.of(2021, 6, 1)))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, AT_ONE, new PractitionerEmploymentEnded(NO, "emp-1", LocalDate.of(2022, 1, 1)))
                .when(new EndEmployment(ID, "emp-1", LocalDate.of(2022, 2, 1)))
                .expectException(ConflictException.class);
    }

    @Test
    void anErasureIsRecordedOnceNamingTheSealedFields() {
        PersonalDataErased erased = new PersonalDataErased(
                NO, ID, List.of("name", "idNumber"), "个信〔2026〕1号", "本人申请", LocalDate.of(2026, 1, 5));
        fixture.given(REGISTERED)
                .when(new ErasePersonalData(ID, "个信〔2026〕1号", "本人申请", LocalDate.of(2026, 1, 5)))
                .expectEvents(erased);
        fixture.given(REGISTERED, erased)
                .when(new ErasePersonalData(ID, "个信〔2026〕2号", "again", LocalDate.of(2026, 1, 6)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
