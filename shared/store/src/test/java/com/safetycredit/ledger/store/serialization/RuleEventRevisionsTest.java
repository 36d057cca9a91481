package com.safetycredit.ledger.store.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.contracts.events.PayloadUpcasters;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.store.LedgerSerializer;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * The events this issue revised, stored at an older revision, read in today's shape through the event serializer
 * (aggregates, processors, records) and through the plain reader of the offline verifier alike; the stored bytes
 * stay as they were.
 */
class RuleEventRevisionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final EventTypeRegistry REGISTRY = LedgerEventCatalog.registry();
    private static final LedgerSerializer SERIALIZER = new LedgerSerializer(
            JacksonSerializer.builder().objectMapper(MAPPER).build(), REGISTRY);

    private static final String REVOKED_BY_LISTING =
            """
            {"uscc":"91330482MA28A1B56G","certificationId":"c1","reason":"列入名单","decidedOn":"2024-03-20",\
            "decisionNo":"失信-1","causedByListingId":"l1"}""";
    private static final String REVOKED_BY_DECISION =
            """
            {"uscc":"91330482MA28A1B56G","certificationId":"c2","reason":"提供虚假材料","decidedOn":"2023-06-01",\
            "decisionNo":"撤-1","causedByListingId":null}""";
    private static final String LISTED =
            """
            {"uscc":"91330482MA28A1B56G","listingId":"l1","basis":6,"regime":"MEM_ORDER_11_2023",\
            "penaltyDecisionNo":"罚-1","authority":"平湖市应急管理局","decisionNo":"失信-1","decidedOn":"2024-03-20",\
            "expiresOn":"2027-03-20","repeatEntry":false}""";
    private static final String PENALIZED =
            """
            {"uscc":"91330482MA28A1B56G","penaltyId":"p1","decisionNo":"罚-1","decidedOn":"2024-03-01",\
            "violation":"无证经营","fineYuan":300000,"serious":true,"summaryProcedure":false}""";

    private static Object throughSerializer(String type, String json) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(json, String.class, type, "1"));
    }

    private static Object throughPlainReader(String type, String json) throws Exception {
        return MAPPER.readValue(
                PayloadUpcasters.upcast(type, "1", json),
                REGISTRY.forName(type).orElseThrow().type());
    }

    @Test
    void aRevisionOneRevocationNamesItsCause() throws Exception {
        CertificationRevoked byListing = new CertificationRevoked(
                "91330482MA28A1B56G", "c1", "列入名单", LocalDate.of(2024, 3, 20), "失信-1", "l1", "BLACKLISTED", null);
        assertThat(throughSerializer("CertificationRevoked", REVOKED_BY_LISTING))
                .isEqualTo(byListing);
        assertThat(throughPlainReader("CertificationRevoked", REVOKED_BY_LISTING))
                .isEqualTo(byListing);
        CertificationRevoked byDecision =
                (CertificationRevoked) throughSerializer("CertificationRevoked", REVOKED_BY_DECISION);
        assertThat(byDecision.ground()).isNull();
        assertThat(byDecision.causedByAccidentId()).isNull();
        String revision2 =
                """
                {"uscc":"u","certificationId":"c3","reason":"提供虚假材料","decidedOn":"2023-06-01","decisionNo":"撤-3",\
                "causedByListingId":null,"ground":"FALSE_MATERIALS"}""";
        CertificationRevoked falseMaterials = MAPPER.readValue(
                PayloadUpcasters.upcast("CertificationRevoked", "2", revision2), CertificationRevoked.class);
        assertThat(falseMaterials.ground()).isEqualTo("FALSE_MATERIALS");
        assertThat(falseMaterials.causedByAccidentId()).isNull();
    }

    @Test
    void aRevisionOneListingHasNoRecordedGroundsAndARevisionOnePenaltyNoPermitViolation() throws Exception {
        for (Object listed : List.of(
                throughSerializer("EnterpriseBlacklisted", LISTED),
                throughPlainReader("EnterpriseBlacklisted", LISTED))) {
            EnterpriseBlacklisted listing = (EnterpriseBlacklisted) listed;
            assertThat(listing.basis()).isEqualTo(6);
            assertThat(listing.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 20));
            assertThat(listing.groundFactIds()).isEmpty();
            assertThat(listing.groundsOverrideReason()).isNull();
        }
        PenaltyImposed penalty = (PenaltyImposed) throughPlainReader("PenaltyImposed", PENALIZED);
        assertThat(penalty).isEqualTo(throughSerializer("PenaltyImposed", PENALIZED));
        assertThat(penalty.fineYuan()).isEqualTo(300_000);
        assertThat(penalty.permitViolation()).isNull();
    }

    @Test
    void aCurrentRevisionIsReadAsStored() throws Exception {
        String current = MAPPER.writeValueAsString(
                new PenaltyImposed("u", "p", "n", LocalDate.of(2024, 1, 1), "v", 1, true, false, "WITHOUT_PERMIT"));
        assertThat(PayloadUpcasters.upcast("PenaltyImposed", "2", current)).isEqualTo(current);
        assertThat(MAPPER.readValue(current, PenaltyImposed.class).permitViolation())
                .isEqualTo("WITHOUT_PERMIT");
    }
}
