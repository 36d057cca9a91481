package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.rules.credit.Evidence;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/**
 * An interval's reasons read back as they were kept, encoded as one value; a profile written before, with its
 * reasons as documents, reads the same and compares equal in the replay check.
 */
class StoredReasonsTest {

    private static final List<Evidence> REASONS = List.of(
            new Evidence("ACTIVE_LISTING", "列入安全生产严重失信主体名单（2023-10-31 至 2026-10-31，依据第 2 项）", List.of(7L, 9L)),
            new Evidence("NO_ADVERSE_RECORD", null, List.of()),
            new Evidence("PENALTY_WITHIN_LOOK_BACK", "3年内受到行政处罚", List.of(5_000_000_000L)));

    @Test
    void reasonsKeptEncodedReadBackAsTheyWere() {
        Document interval = new Document("status", "BLACK").append("reasons", StoredReasons.encode(REASONS));
        assertThat(interval.get("reasons")).isInstanceOf(Binary.class);
        assertThat(StoredReasons.decode(interval)).isEqualTo(REASONS);
        assertThat(StoredReasons.decode(new Document("reasons", StoredReasons.encode(List.of()))))
                .isEmpty();
    }

    @Test
    void reasonsWrittenBeforeAsDocumentsReadTheSame() {
        Document interval = new Document("status", "BLACK").append("reasons", asDocuments(REASONS));
        assertThat(StoredReasons.decode(interval)).isEqualTo(REASONS);
    }

    @Test
    void aProfileWrittenBeforeIsReadableAsTheSameDocument() {
        Document now = profile(new Document("from", null)
                .append("to", "2024-01-01")
                .append("status", "BLACK")
                .append("reasons", StoredReasons.encode(REASONS)));
        Document before = profile(new Document("from", null)
                .append("to", "2024-01-01")
                .append("status", "BLACK")
                .append("reasons", asDocuments(REASONS)));
        assertThat(now.toJson()).isNotEqualTo(before.toJson());
        assertThat(ProfileProjection.readable(now).toJson())
                .isEqualTo(ProfileProjection.readable(before).toJson())
                .contains("列入安全生产严重失信主体名单");
        Document other = profile(new Document("from", null)
                .append("to", "2024-01-01")
                .append("status", "BLACK")
                .append("reasons", StoredReasons.encode(REASONS.subList(0, 2))));
        assertThat(ProfileProjection.readable(other).toJson())
                .isNotEqualTo(ProfileProjection.readable(before).toJson());
    }

    private static Document profile(Document interval) {
        return new Document("_id", "91330482MA28A1B56G").append("name", "示例").append("timeline", List.of(interval));
    }

    private static List<Document> asDocuments(List<Evidence> reasons) {
        return reasons.stream()
                .map(r -> new Document("code", r.code())
                        .append("message", r.message())
                        .append("positions", r.positions()))
                .toList();
    }
}
