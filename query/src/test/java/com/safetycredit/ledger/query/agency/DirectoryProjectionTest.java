package com.safetycredit.ledger.query.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.practitioner.PersonalDataErased;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory of agencies and practitioners against a real store: who, where, when — and nothing personal. */
class DirectoryProjectionTest extends ReadModelContract {

    private static final String AGENCY = "91330482MA2A00010X";
    private static final String ENTERPRISE = "91330482MA28A1B56G";

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return new DirectoryProjection(ledger.database, ledger.checkpoints);
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.inStream(
                "AgencyAggregate",
                SubjectIds.agency(AGENCY),
                new AgencyRegistered(
                        AGENCY,
                        "平湖市示例检测有限公司",
                        List.of("TESTING"),
                        "Q-1",
                        null,
                        "330482",
                        null,
                        LocalDate.of(2024, 1, 2)));
        person(
                ledger,
                "ZA0001",
                new PractitionerRegistered(
                        "ZA0001",
                        "REGISTERED_SAFETY_ENGINEER",
                        LocalDate.of(2021, 3, 1),
                        "pd1:prc-ZA0001:AA",
                        "pd1:prc-ZA0001:BB"),
                new PractitionerEmploymentStarted(
                        "ZA0001", "emp-1", "ENTERPRISE", ENTERPRISE, LocalDate.of(2021, 6, 1)));
        person(ledger, "ZA0001", new PractitionerEmploymentEnded("ZA0001", "emp-1", LocalDate.of(2024, 2, 1)));
        person(
                ledger,
                "ZA0001",
                new PractitionerEmploymentStarted("ZA0001", "emp-2", "AGENCY", AGENCY, LocalDate.of(2024, 2, 1)));
        person(
                ledger,
                "PJ0002",
                new PractitionerRegistered(
                        "PJ0002",
                        "SAFETY_ASSESSOR",
                        LocalDate.of(2020, 3, 1),
                        "pd1:prc-PJ0002:CC",
                        "pd1:prc-PJ0002:DD"));
        person(
                ledger,
                "PJ0002",
                new PersonalDataErased(
                        "PJ0002",
                        "prc-PJ0002",
                        List.of("name", "idNumber"),
                        "req-1",
                        "本人申请",
                        LocalDate.of(2026, 1, 5)));
    }

    private static void person(ReadModelFixture ledger, String registrationNo, Object... events) {
        ledger.inStream("PractitionerAggregate", SubjectIds.practitioner(registrationNo), events);
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        person(
                ledger,
                "ZC0003",
                new PractitionerRegistered(
                        "ZC0003", "PRINCIPAL", LocalDate.of(2022, 3, 1), "pd1:prc-ZC0003:EE", "pd1:prc-ZC0003:FF"));
    }

    @Override
    protected List<String> collections() {
        return List.of(DirectoryProjection.PRACTITIONERS, DirectoryProjection.AGENCIES);
    }

    @Test
    void whoWasEmployedWhereAndWhenWithoutAPersonalField() {
        caughtUpOnTheStory();
        Directory directory = new Directory(ledger.database);

        assertThat(directory.agencies()).extracting(Directory.AgencyEntry::name).containsExactly("平湖市示例检测有限公司");
        assertThat(directory.employedAt("AGENCY", AGENCY, LocalDate.of(2024, 1, 31)))
                .isEmpty();
        assertThat(directory.employedAt("AGENCY", AGENCY, LocalDate.of(2024, 2, 1)))
                .extracting(Directory.PractitionerEntry::registrationNo)
                .containsExactly("ZA0001");
        assertThat(directory.employedAt("ENTERPRISE", ENTERPRISE, LocalDate.of(2024, 1, 31)))
                .hasSize(1);
        assertThat(directory.everEmployedAt("ENTERPRISE", ENTERPRISE)).hasSize(1);
        assertThat(directory.practitioners())
                .extracting(Directory.PractitionerEntry::registrationNo, Directory.PractitionerEntry::erased)
                .containsExactly(tuple("PJ0002", true), tuple("ZA0001", false));
        assertThat(ledger.documents(DirectoryProjection.PRACTITIONERS).toString())
                .doesNotContain("pd1:");
    }
}
