package com.safetycredit.ledger.contracts.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The canonical bytes exactly as documented (docs/canonical-bytes.md): what another implementation must
 * reproduce to recompute the hash chain. Every rule of the document has its example here.
 */
class CanonicalBytesTest {

    @Test
    void membersAreSortedByKeyAtEveryDepthWithoutWhitespace() {
        assertThat(CanonicalJson.canonicalize(
                        "{ \"b\" : 1, \"a\" : { \"z\" : [ 3, { \"y\" : 2, \"x\" : 1 } ], \"c\" : null } }"))
                .isEqualTo("{\"a\":{\"c\":null,\"z\":[3,{\"x\":1,\"y\":2}]},\"b\":1}");
    }

    @Test
    void keysAreOrderedByUtf16CodeUnitsNotByCodePointsOrLocale() {
        // U+FF21 (a fullwidth A, one UTF-16 unit) sorts before U+1F600 (a surrogate pair starting 0xD83D)
        // only by code point; by UTF-16 code units 0xD83D < 0xFF21
        assertThat(CanonicalJson.canonicalize("{\"\uFF21\":1,\"\uD83D\uDE00\":2,\"Z\":3,\"a\":4,\"平\":5}"))
                .isEqualTo("{\"Z\":3,\"a\":4,\"平\":5,\"\uD83D\uDE00\":2,\"\uFF21\":1}");
    }

    @Test
    void nonAsciiIsWrittenAsUtf8AndOnlyWhatJsonRequiresIsEscaped() {
        assertThat(CanonicalJson.canonicalize("{\"name\":\"\\u5e73\\u6e56 \\\"A\\\"\\n/\\t\\u0001\"}"))
                .isEqualTo("{\"name\":\"平湖 \\\"A\\\"\\n/\\t\\u0001\"}");
        assertThat(CanonicalJson.quote("<é>\u2028")).isEqualTo("\"<é>\u2028\"");
    }

    @Test
    void numbersAreWrittenPlainlyAsReceivedWithoutExponentAndTrailingZerosKept() {
        assertThat(CanonicalJson.canonicalize("[1, -0, 1.50, 1e3, 2.5E-3, 123456789012345678901234567890, 0.10]"))
                .isEqualTo("[1,0,1.50,1000,0.0025,123456789012345678901234567890,0.10]");
    }

    @Test
    void theHashOfAnEventChainsItsCanonicalTextOntoThePreviousHash() {
        StoredEvent event = new StoredEvent(
                1,
                "e-1",
                "EnterpriseRegistered",
                "1",
                "EnterpriseAggregate",
                "91330482MA28A1B56G",
                0L,
                "2024-02-29T08:00:00Z",
                "{\"name\":\"平湖示例\",\"uscc\":\"91330482MA28A1B56G\"}",
                "{\"actor\":\"wangli\"}",
                null);

        assertThat(HashChain.canonicalText(event))
                .isEqualTo("{\"aggregateId\":\"91330482MA28A1B56G\","
                        + "\"aggregateType\":\"EnterpriseAggregate\",\"eventId\":\"e-1\",\"metadata\":{\"actor\":\"wangli\"},"
                        + "\"payload\":{\"name\":\"平湖示例\",\"uscc\":\"91330482MA28A1B56G\"},\"position\":1,\"revision\":\"1\","
                        + "\"sequence\":0,\"timestamp\":\"2024-02-29T08:00:00Z\",\"type\":\"EnterpriseRegistered\"}");
        // recomputed apart from this code: SHA-256 of 32 zero bytes followed by the UTF-8 bytes of that text
        assertThat(HashChain.next(HashChain.GENESIS, event))
                .isEqualTo("8eceb54729dbd964effa745c90130243899a89c4d106bc0cd6197c4668a9e506");
    }
}
