package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.rules.credit.RedListLoss;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the enterprise aggregate remembers of graded supervision (RULES.md §12) to guard the next decision:
 * hazards until verified rectified, suspension orders until lifted, red-list decisions while in force, and which
 * other departments' decisions are on record. State changes only through the aggregate's event sourcing handlers.
 */
final class SupervisionState {

    /** {@code description}: as found (null in a snapshot taken before it was kept), to name it in a refusal. */
    record Hazard(LocalDate foundOn, boolean major, LocalDate verifiedOn, String description) {}

    record Suspension(LocalDate orderedOn, String decisionNo, LocalDate resumedOn) {}

    enum DecisionStatus {
        IN_FORCE,
        REVOKED,
        LOST,
        EXPIRED
    }

    /** {@code decisionNo}: its document number (null in a snapshot taken before it was kept). */
    record Decision(
            LocalDate decidedOn, LocalDate expiresOn, int lookBackYears, DecisionStatus status, String decisionNo) {
        Decision with(DecisionStatus newStatus) {
            return new Decision(decidedOn, expiresOn, lookBackYears, newStatus, decisionNo);
        }
    }

    final Map<String, Hazard> hazards = new HashMap<>();
    final Map<String, Suspension> suspensions = new HashMap<>();
    final Map<String, Decision> decisions = new HashMap<>();
    final Set<String> partnerDecisions = new HashSet<>();

    /** A decision still in force, if any (at most one: a second is refused while one is). */
    Optional<Map.Entry<String, Decision>> decisionInForce() {
        return decisions.entrySet().stream()
                .filter(d -> d.getValue().status() == DecisionStatus.IN_FORCE)
                .findFirst();
    }

    /** Major hazards found on or before {@code day} and not verified rectified by then. */
    List<Hazard> majorHazardsOpenOn(LocalDate day) {
        return hazards.entrySet().stream()
                .filter(h -> h.getValue().major()
                        && !h.getValue().foundOn().isAfter(day)
                        && (h.getValue().verifiedOn() == null
                                || h.getValue().verifiedOn().isAfter(day)))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(Hazard::foundOn))
                .toList();
    }

    /** The decisions an adverse fact ends ({@link RedListLoss}), as the events that say so. */
    List<RedListDecisionLost> losses(
            String uscc,
            RedListLoss.Kind kind,
            LocalDate factOn,
            LocalDate factEndsOn,
            String causeType,
            String causeId) {
        List<RedListDecisionLost> lost = new ArrayList<>();
        decisionInForce().ifPresent(d -> RedListLoss.lostOn(
                        d.getValue().decidedOn(),
                        d.getValue().expiresOn(),
                        d.getValue().lookBackYears(),
                        kind,
                        factOn,
                        factEndsOn)
                .ifPresent(on -> lost.add(new RedListDecisionLost(uscc, d.getKey(), on, causeType, causeId))));
        return lost;
    }
}
