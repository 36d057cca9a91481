package com.safetycredit.ledger.command.objection;

import com.safetycredit.ledger.contracts.commands.DecideObjection;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.RetractPenalty;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import java.util.Map;

/**
 * Which correction an upheld objection makes, by the type of the fact objected to: an accident or a penalty recorded
 * in error is retracted, a listing is annulled. A fact of another type has no correction the ledger can make on its
 * own: upholding it is refused, naming the types that can be corrected (reject it, or record the correction through
 * the fact's own form and reject with that reason).
 */
final class Corrections {

    /** The correction's kind as {@code ObjectionDecided.correction} names it, and the command that makes it. */
    record Correction(String kind, Object command) {}

    private static final Map<String, String> KINDS = Map.of(
            "AccidentReported", "RETRACTION",
            "PenaltyImposed", "RETRACTION",
            "EnterpriseBlacklisted", "ANNULMENT");

    private Corrections() {}

    static Correction of(String eventType, String uscc, String factId, String objectionId, DecideObjection decision) {
        String reason = "异议成立（" + objectionId + "）：" + decision.reason();
        return switch (eventType) {
            case "AccidentReported" -> new Correction(
                    KINDS.get(eventType), new RetractAccident(uscc, factId, reason, decision.decidedOn()));
            case "PenaltyImposed" -> new Correction(
                    KINDS.get(eventType), new RetractPenalty(uscc, factId, reason, decision.decidedOn(), objectionId));
            case "EnterpriseBlacklisted" -> new Correction(
                    KINDS.get(eventType), new RevokeListing(uscc, factId, reason, decision.decidedOn()));
            default -> throw new ConflictException(
                    "no-correction", "decision", new LedgerProblem.Label("event", eventType));
        };
    }
}
