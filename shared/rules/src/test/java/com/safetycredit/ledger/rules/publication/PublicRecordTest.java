package com.safetycredit.ledger.rules.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the publication rules publish, on each side of every boundary date. */
class PublicRecordTest {

    private static final PublicationRules RULES = PublicationRules.shipped();
    private static final String USCC = "91330482MA28A1B56G";

    private static Map<String, Object> penalty(String decidedOn, boolean summary) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("uscc", USCC);
        payload.put("penaltyId", "pen-1");
        payload.put("decisionNo", "平应急罚〔2025〕9号");
        payload.put("decidedOn", decidedOn);
        payload.put("violation", "未经许可储存危险化学品");
        payload.put("fineYuan", 300000);
        payload.put("serious", true);
        payload.put("summaryProcedure", summary);
        payload.put("permitViolation", "WITHOUT_PERMIT");
        return payload;
    }

    private static Map<String, Object> listing() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("uscc", USCC);
        payload.put("listingId", "lst-1");
        payload.put("basis", 6);
        payload.put("regime", "MEM_ORDER_11_2023");
        payload.put("penaltyDecisionNo", "平应急罚〔2025〕9号");
        payload.put("authority", "平湖市应急管理局");
        payload.put("decisionNo", "平应急失信〔2025〕1号");
        payload.put("decidedOn", "2025-10-20");
        payload.put("expiresOn", "2028-10-20");
        payload.put("repeatEntry", false);
        payload.put("groundFactIds", java.util.List.of("pen-1"));
        payload.put("noticeId", "ntc-1");
        return payload;
    }

    /**
     * A read model passes by the events {@link PublicRecord#concerns} rules out without looking inside: for every
     * other event type of the ledger, whatever its payload, nothing is published, changed or named.
     */
    @Test
    void anEventTypeThatDoesNotConcernThePublicRecordPublishesChangesAndNamesNothing() {
        Map<String, Object> anything = new LinkedHashMap<>(penalty("2025-09-26", false));
        anything.putAll(listing());
        anything.put("decisionId", "rld-1");
        anything.put("agencyUscc", USCC);
        anything.put("name", "平湖市某化工有限公司");
        java.util.List<String> passedBy = new java.util.ArrayList<>();
        for (var entry : com.safetycredit.ledger.contracts.events.LedgerEventCatalog.registry()
                .entries()) {
            String type = entry.name();
            if (PublicRecord.concerns(type, RULES)) {
                continue;
            }
            passedBy.add(type);
            assertThat(PublicRecord.published(type, anything, Map.of("authority", "平湖市应急管理局"), 7, RULES))
                    .as(type)
                    .isEmpty();
            assertThat(PublicRecord.changedRecordId(type, anything)).as(type).isEmpty();
            assertThat(RULES.namesEnterprise(type)).as(type).isFalse();
        }
        assertThat(passedBy).contains("AccidentReported", "CertificationGranted");
        assertThat(PublicRecord.concerns("PenaltyImposed", RULES)).isTrue();
        assertThat(PublicRecord.concerns("ListingRemovedEarly", RULES)).isTrue();
        assertThat(PublicRecord.concerns("EnterpriseRegistered", RULES)).isTrue();
    }

    @Test
    void aGeneralProcedurePenaltyIsPublishedFromTheSeventhWorkingDayAfterItsDecisionForFiveYears() {
        // Friday 26 Sept 2025: 28 (调休), 29, 30 Sept, 9, 10, Saturday 11 Oct (调休), 13 Oct
        PublicRecord record = PublicRecord.published(
                        "PenaltyImposed",
                        penalty("2025-09-26", false),
                        Map.of("authority", "平湖市应急管理局", "actor", "王丽"),
                        7,
                        RULES)
                .orElseThrow();
        assertThat(record.publishedOn(LocalDate.of(2025, 9, 26))).isFalse();
        assertThat(record.publishedOn(LocalDate.of(2025, 10, 12))).isFalse();
        assertThat(record.publishedOn(LocalDate.of(2025, 10, 13))).isTrue();
        assertThat(record.publishedOn(LocalDate.of(2030, 10, 12))).isTrue();
        assertThat(record.publishedOn(LocalDate.of(2030, 10, 13))).isFalse();
        // only the allow-listed fields: no permit code, no seriousness, no recording clerk
        assertThat(record.fields())
                .containsOnlyKeys("penaltyId", "decisionNo", "decidedOn", "violation", "fineYuan", "authority")
                .containsEntry("authority", "平湖市应急管理局");
    }

    @Test
    void aSummaryProcedurePenaltyIsNeverPublished() {
        assertThat(PublicRecord.published("PenaltyImposed", penalty("2025-09-26", true), Map.of(), 7, RULES))
                .isEmpty();
        assertThat(PublicRecord.published("AccidentReported", Map.of("uscc", USCC), Map.of(), 7, RULES))
                .as("a type not on the allow-list")
                .isEmpty();
    }

    @Test
    void aRetractedPenaltyIsNoLongerPublished() {
        PublicRecord record = PublicRecord.published("PenaltyImposed", penalty("2025-09-26", false), Map.of(), 7, RULES)
                .orElseThrow()
                .after("PenaltyRetracted", Map.of("penaltyId", "pen-1", "retractedOn", "2025-11-01"), 9);
        assertThat(record.publishedOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(record.positions()).containsExactly(7L, 9L);
    }

    @Test
    void aListingIsPublishedWhileInForceUntilItsEarlyRemovalAndAgainWhenReinstated() {
        PublicRecord listed = PublicRecord.published("EnterpriseBlacklisted", listing(), Map.of(), 11, RULES)
                .orElseThrow();
        assertThat(listed.fields()).doesNotContainKeys("groundFactIds", "noticeId", "repeatEntry");
        assertThat(listed.publishedOn(LocalDate.of(2025, 10, 19))).isFalse();
        assertThat(listed.publishedOn(LocalDate.of(2025, 10, 20))).isTrue();
        assertThat(listed.publishedOn(LocalDate.of(2028, 10, 19))).isTrue();
        assertThat(listed.publishedOn(LocalDate.of(2028, 10, 20))).isFalse();

        PublicRecord removed =
                listed.after("ListingRemovedEarly", Map.of("listingId", "lst-1", "decidedOn", "2026-11-02"), 12);
        assertThat(removed.publishedOn(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(removed.publishedOn(LocalDate.of(2026, 11, 2))).isFalse();

        PublicRecord reinstated = removed.after(
                "ListingReinstated",
                Map.of("listingId", "lst-1", "decidedOn", "2027-01-05", "expiresOn", "2028-12-23"),
                13);
        assertThat(reinstated.publishedOn(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(reinstated.publishedOn(LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(reinstated.publishedOn(LocalDate.of(2028, 12, 22))).isTrue();
        assertThat(reinstated.publishedOn(LocalDate.of(2028, 12, 23))).isFalse();

        PublicRecord annulled = reinstated.after("ListingRevoked", Map.of("listingId", "lst-1"), 14);
        assertThat(annulled.publishedOn(LocalDate.of(2027, 6, 1))).isFalse();
        assertThat(annulled.publishedOn(LocalDate.of(2025, 12, 1)))
                .as("annulled: as if never published")
                .isFalse();
    }

    @Test
    void aPublicationDayInAYearTheCalendarLacksIsNeitherGuessedNorShown() {
        PublicRecord record = PublicRecord.published("PenaltyImposed", penalty("2026-12-28", false), Map.of(), 7, RULES)
                .orElseThrow();
        assertThat(record.pendingCalendarYear()).isEqualTo(2027);
        assertThat(record.publishedOn(LocalDate.of(2027, 6, 1))).isFalse();
    }

    private static Map<String, Object> redListDecision() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("uscc", USCC);
        payload.put("decisionId", "red-1");
        payload.put("decidedOn", "2026-03-02");
        payload.put("decisionNo", "平应急守信〔2026〕1号");
        payload.put("authority", "平湖市应急管理局");
        payload.put("expiresOn", "2029-03-02");
        payload.put("rulesId", "red-list-133-r2");
        payload.put("rulesRevision", 2);
        payload.put("lookBackYears", 3);
        payload.put("groundPositions", java.util.List.of(3L, 5L));
        return payload;
    }

    @Test
    void aRedListDecisionIsPublishedWhileInForceWithOnlyItsDecisionFields() {
        PublicRecord decided = PublicRecord.published("RedListDecided", redListDecision(), Map.of(), 21, RULES)
                .orElseThrow();
        assertThat(decided.kind()).isEqualTo("RED_LIST");
        assertThat(decided.recordId()).isEqualTo("red-1");
        assertThat(decided.fields())
                .containsOnlyKeys("decisionId", "decisionNo", "authority", "decidedOn", "expiresOn")
                .as("the rule set and the facts it rested on stay internal")
                .doesNotContainKeys("rulesId", "groundPositions");
        assertThat(decided.publishedOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(decided.publishedOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(decided.publishedOn(LocalDate.of(2029, 3, 1))).isTrue();
        assertThat(decided.publishedOn(LocalDate.of(2029, 3, 2))).isFalse();

        PublicRecord expired =
                decided.after("RedListDecisionExpired", Map.of("decisionId", "red-1", "expiredOn", "2029-03-02"), 30);
        assertThat(expired.publishedOn(LocalDate.of(2029, 3, 1))).isTrue();
        assertThat(expired.publishedOn(LocalDate.of(2029, 3, 2))).isFalse();
        assertThat(expired.positions()).containsExactly(21L, 30L);
    }

    @Test
    void aRedListDecisionLostOrRevokedIsNoLongerPublishedFromThatDay() {
        PublicRecord decided = PublicRecord.published("RedListDecided", redListDecision(), Map.of(), 21, RULES)
                .orElseThrow();
        assertThat(PublicRecord.changedRecordId("RedListDecisionLost", Map.of("decisionId", "red-1")))
                .contains("red-1");

        PublicRecord lost = decided.after(
                "RedListDecisionLost",
                Map.of("decisionId", "red-1", "lostOn", "2027-05-10", "causeType", "PenaltyImposed"),
                25);
        assertThat(lost.publishedOn(LocalDate.of(2027, 5, 9))).isTrue();
        assertThat(lost.publishedOn(LocalDate.of(2027, 5, 10))).isFalse();
        assertThat(lost.publishedOn(LocalDate.of(2028, 1, 1))).isFalse();

        PublicRecord revoked = decided.after(
                "RedListDecisionRevoked", Map.of("decisionId", "red-1", "decidedOn", "2026-08-01", "reason", "x"), 26);
        assertThat(revoked.publishedOn(LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(revoked.publishedOn(LocalDate.of(2026, 8, 1))).isFalse();
    }

    /** 11号令: an agency's listing (basis 7 is theirs) is published like an enterprise's, under the agency's code. */
    @Test
    void anAgencysListingIsPublishedWhileInForceUnderItsOwnCode() {
        Map<String, Object> payload = listing();
        payload.remove("uscc");
        payload.remove("repeatEntry");
        payload.remove("noticeId");
        payload.put("agencyUscc", "91330482MA2AGENCY1");
        payload.put("basis", 7);
        payload.put("groundsOverrideReason", null);
        PublicRecord listed = PublicRecord.published("AgencyBlacklisted", payload, Map.of(), 21, RULES)
                .orElseThrow();
        assertThat(listed.kind()).isEqualTo("AGENCY_LISTING");
        assertThat(listed.uscc()).isEqualTo("91330482MA2AGENCY1");
        assertThat(listed.fields()).containsEntry("basis", 7).doesNotContainKeys("groundFactIds", "agencyUscc");
        assertThat(listed.publishedOn(LocalDate.of(2025, 10, 19))).isFalse();
        assertThat(listed.publishedOn(LocalDate.of(2025, 10, 20))).isTrue();
        assertThat(listed.publishedOn(LocalDate.of(2028, 10, 19))).isTrue();
        assertThat(listed.publishedOn(LocalDate.of(2028, 10, 20))).isFalse();
        assertThat(PublicRecord.changedRecordId("AgencyListingExpired", Map.of("listingId", "lst-1")))
                .contains("lst-1");
        assertThat(RULES.namesEnterprise("AgencyRegistered"))
                .as("the agency's name and region")
                .isTrue();
    }
}
