package com.safetycredit.ledger.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workload behind the sample data and the benchmark, run through the real aggregates: every command is
 * accepted, every listing has the facts of its basis on record (or the reviewer's statement, bases 5 and 8),
 * none is under basis 7, and no standardization certificate is issued while listed or within a year after a
 * revocation — not even one recorded before the fact that revoked the other.
 */
class WorkloadPlausibilityTest {

    /** The sample data's seed and size, and a benchmark-like stretch. */
    @ParameterizedTest
    @CsvSource({"20200101, 30, 3000", "8, 500, 40000"})
    void everyStoryIsPlausible(long seed, int enterprises, long events) {
        WorkloadEvents workload = new WorkloadEvents(seed, enterprises);
        Map<String, EnterpriseRecord> records = new HashMap<>();
        List<EnterpriseBlacklisted> listings = new ArrayList<>();
        long position = 0;
        for (List<EventMessage<?>> commit : workload.nextCommits(events)) {
            for (EventMessage<?> event : commit) {
                position++;
                if (event.getPayload() instanceof EnterpriseBlacklisted listing) {
                    listings.add(listing);
                }
                if (event.getPayload() instanceof EnterpriseFact fact) {
                    records.computeIfAbsent(fact.uscc(), u -> new EnterpriseRecord())
                            .apply(fact, position);
                }
            }
        }
        assertThat(workload.refused()).isZero();
        assertThat(listings).isNotEmpty();
        assertThat(listings).allSatisfy(listing -> {
            assertThat(listing.basis()).isNotEqualTo(7);
            assertThat(!listing.groundFactIds().isEmpty() || listing.groundsOverrideReason() != null)
                    .as(listing.toString())
                    .isTrue();
        });
        assertThat(listings).extracting(EnterpriseBlacklisted::basis).contains(1, 2, 4, 6, 9);
        for (EnterpriseRecord record : records.values()) {
            for (Certification certificate : standardizations(record)) {
                assertThat(record.listings().values())
                        .as(record.uscc() + " " + certificate)
                        .noneMatch(listing -> listing.activeOn(certificate.issuedOn()));
                assertThat(standardizations(record))
                        .as(record.uscc() + " " + certificate)
                        .noneMatch(other -> other != certificate
                                && other.revokedOn() != null
                                && CalendarWindow.within(
                                        other.revokedOn(), certificate.issuedOn(), CalendarWindow.ONE_YEAR));
            }
        }
    }

    @Test
    void theWorkloadTellsEveryKindOfStory() {
        WorkloadEvents workload = new WorkloadEvents(20200101L, 30);
        List<String> types = new ArrayList<>();
        workload.nextCommits(3000)
                .forEach(commit ->
                        commit.forEach(e -> types.add(e.getPayload().getClass().getSimpleName())));
        assertThat(types)
                .contains(
                        "AccidentReportingViolationFound",
                        "CertificationRevoked",
                        "EnterpriseBlacklisted",
                        "ListingRemovedEarly",
                        "AccidentCasualtiesRevised");
    }

    private static List<Certification> standardizations(EnterpriseRecord record) {
        return record.certifications().values().stream()
                .filter(c -> c.type().equals("STANDARDIZATION"))
                .toList();
    }
}
