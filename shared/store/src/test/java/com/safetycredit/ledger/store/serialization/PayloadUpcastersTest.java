package com.safetycredit.ledger.store.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.contracts.events.PayloadUpcasters;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.store.LedgerSerializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** Stored payloads of an older revision read in today's shape; the stored bytes stay as they are. */
class PayloadUpcastersTest {

    private static final String REVISION_1 =
            """
            {"uscc":"91330482MA2B00011X","investmentId":"inv-1","type":"LIABILITY_INSURANCE","policyYear":2021,\
            "amountYuan":1234,"details":{},"recordedOn":"2021-03-01"}""";

    @Test
    void aRevision1InvestmentInWholeYuanReadsAsFen() throws Exception {
        String upcast = PayloadUpcasters.upcast("SafetyInvestmentRecorded", "1", REVISION_1);
        assertThat(new ObjectMapper().readTree(upcast).get("amountFen").asLong())
                .isEqualTo(123_400L);
        assertThat(new ObjectMapper().readTree(upcast).has("amountYuan")).isFalse();
        assertThat(PayloadUpcasters.upcast("SafetyInvestmentRecorded", "2", upcast))
                .isEqualTo(upcast);
        assertThat(PayloadUpcasters.upcast("AccidentConcluded", "1", REVISION_1))
                .isEqualTo(REVISION_1);
    }

    /** Revision 1 of AccidentReported had the clerk's flag alone: no calendar period, no override reason. */
    @Test
    void aRevision1AccidentReadsWithoutACalendarPeriod() throws Exception {
        String upcast = PayloadUpcasters.upcast(
                "AccidentReported", "1", "{\"accidentId\":\"acc-1\",\"duringLevelOneResponse\":true}");
        var node = new ObjectMapper().readTree(upcast);
        assertThat(node.get("duringLevelOneResponse").asBoolean()).isTrue();
        assertThat(node.get("levelOneResponsePeriodId").isNull()).isTrue();
        assertThat(node.get("levelOneResponseOverrideReason").isNull()).isTrue();
    }

    @Test
    void theLedgerSerializerUpcastsWhatItReads() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        LedgerSerializer serializer = new LedgerSerializer(
                JacksonSerializer.builder().objectMapper(mapper).build(), LedgerEventCatalog.registry());
        SafetyInvestmentRecorded event = serializer.deserialize(
                new SimpleSerializedObject<>(REVISION_1, String.class, "SafetyInvestmentRecorded", "1"));
        assertThat(event.amountFen()).isEqualTo(123_400L);
        assertThat(event.policyYear()).isEqualTo(2021);
    }
}
