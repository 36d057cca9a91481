package com.safetycredit.ledger.contracts.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings a stored payload of an older revision to the shape its class has now, on reading only: the stored
 * bytes (and so the hash chain) never change. One step per (type, revision); steps chain to the newest.
 * An additive change (a new nullable field) would read as {@code null} without a step; each has one anyway, so
 * the value an old revision implies is written down.
 */
public final class PayloadUpcasters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code "Type#revision"} → the step to the next revision. */
    private static final Map<String, UnaryOperator<ObjectNode>> STEPS = Map.of(
            // revision 1 recorded whole yuan; revision 2 records fen, so 1,234.56 yuan is no longer cut to 1,234
            "SafetyInvestmentRecorded#1",
                    node -> {
                        long yuan = node.path("amountYuan").asLong();
                        node.remove("amountYuan");
                        node.put("amountFen", Math.multiplyExact(yuan, 100L));
                        return node;
                    },
            // revision 1 gave no ground; a listing's revocation is what revision 2 calls BLACKLISTED
            "CertificationRevoked#1",
                    node -> node.put("ground", node.hasNonNull("causedByListingId") ? "BLACKLISTED" : null),
            // revision 3 names the accident that caused a revocation; earlier ones were never caused by one
            "CertificationRevoked#2", node -> node.putNull("causedByAccidentId"),
            // revision 2 records the facts a listing rests on; revision 1 was recorded before they were checked
            "EnterpriseBlacklisted#1",
                    node -> {
                        node.putArray("groundFactIds");
                        return node.putNull("groundsOverrideReason");
                    },
            // revision 3 names the notice the decision follows; revision 2 was recorded before notices were
            "EnterpriseBlacklisted#2",
                    node -> {
                        node.putNull("noticeId");
                        node.putNull("statementResponse");
                        return node.putNull("extendsListingId");
                    },
            // revision 4 names the principal of a basis-5 listing; revision 3 was recorded before principals were
            "EnterpriseBlacklisted#3", node -> node.putNull("principalRegistrationNo"),
            // revision 2 names the principal of a basis-5 notice; revision 1 was recorded before principals were
            "ListingNoticed#1", node -> node.putNull("principalRegistrationNo"),
            // revision 2 says whether the penalty punished operating without the safety permit; revision 1 never did
            "PenaltyImposed#1", node -> node.putNull("permitViolation"),
            // revision 2 says which calendar period flagged the accident; revision 1's flag was the clerk's alone
            "AccidentReported#1",
                    node -> {
                        node.putNull("levelOneResponsePeriodId");
                        return node.putNull("levelOneResponseOverrideReason");
                    });

    private PayloadUpcasters() {}

    /** The JSON payload of {@code type} at {@code revision}, upcast to the newest revision; unchanged if none applies. */
    public static String upcast(String type, String revision, String json) {
        int current = parse(revision);
        UnaryOperator<ObjectNode> step = STEPS.get(type + "#" + current);
        if (step == null) {
            return json;
        }
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(json);
            while (step != null) {
                node = step.apply(node);
                current++;
                step = STEPS.get(type + "#" + current);
            }
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + type + " payload at revision " + revision, e);
        }
    }

    private static int parse(String revision) {
        try {
            return revision == null ? 1 : Integer.parseInt(revision);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
