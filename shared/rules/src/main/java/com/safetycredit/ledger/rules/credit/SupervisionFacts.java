package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.hazard.HazardRectified;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionExpired;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionRevoked;
import com.safetycredit.ledger.contracts.events.suspension.ProductionResumed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of graded supervision (RULES.md §12) in an enterprise's record: credit commitments, hidden dangers,
 * suspension orders, red-list decisions and other departments' severe-list entries — each with the positions it
 * rests on. Folded from the same events, in the same order, as the rest of {@link EnterpriseRecord}.
 */
public final class SupervisionFacts {

    /** A credit commitment; {@code publishedAt == null}: not made public. */
    public record Commitment(String id, LocalDate madeOn, OffsetDateTime publishedAt, long position) {
        public boolean isPublic() {
            return publishedAt != null;
        }
    }

    /** A hidden danger; an adverse record while major and not yet verified rectified on the day. */
    public record Hazard(
            String id,
            LocalDate foundOn,
            String description,
            boolean major,
            String supervisionNo,
            LocalDate deadline,
            LocalDate verifiedOn,
            List<Long> positions) {

        /** Found on or before {@code day} and not verified rectified by then. */
        public boolean openOn(LocalDate day) {
            return !foundOn.isAfter(day) && (verifiedOn == null || verifiedOn.isAfter(day));
        }

        /** Open on {@code day} although its deadline, the last day to rectify, has passed. */
        public boolean overdueOn(LocalDate day) {
            return openOn(day) && deadline != null && day.isAfter(deadline);
        }
    }

    /** A suspension order, in force on [orderedOn, resumedOn). */
    public record Suspension(
            String id, LocalDate orderedOn, String decisionNo, LocalDate resumedOn, List<Long> positions) {
        public boolean inForceOn(LocalDate day) {
            return !orderedOn.isAfter(day) && (resumedOn == null || resumedOn.isAfter(day));
        }
    }

    /** How a red-list decision ended before its term ran out, or that it did. */
    public enum DecisionEnd {
        REVOKED,
        LOST,
        EXPIRED
    }

    /** A red-list decision, in force on [decidedOn, endsOn()). */
    public record RedListDecision(
            String id,
            LocalDate decidedOn,
            String decisionNo,
            String authority,
            LocalDate expiresOn,
            LocalDate endedOn,
            DecisionEnd end,
            List<Long> positions) {

        public LocalDate endsOn() {
            return endedOn != null && endedOn.isBefore(expiresOn) ? endedOn : expiresOn;
        }

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(decidedOn) && day.isBefore(endsOn());
        }
    }

    /** Another department's severe-list entry, active on [from, to) ({@code to == null}: open-ended). */
    public record PartnerEntry(
            String id,
            String department,
            String listName,
            String decisionNo,
            LocalDate from,
            LocalDate to,
            long position) {
        public boolean activeOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }

        public boolean activeDuringYear(int year) {
            return from.getYear() <= year && (to == null || to.isAfter(LocalDate.of(year, 1, 1)));
        }
    }

    private final List<Commitment> commitments = new ArrayList<>();
    private final Map<String, Hazard> hazards = new LinkedHashMap<>();
    private final Map<String, Suspension> suspensions = new LinkedHashMap<>();
    private final Map<String, RedListDecision> redListDecisions = new LinkedHashMap<>();
    private final Map<String, PartnerEntry> partnerEntries = new LinkedHashMap<>();

    /** Applies one event if it is one of these facts; answers whether it was. */
    boolean apply(Object event, long position) {
        if (event instanceof CreditCommitmentMade e) {
            commitments.add(new Commitment(e.commitmentId(), e.madeOn(), e.publishedAt(), position));
        } else if (event instanceof HazardFound e) {
            hazards.put(
                    e.hazardId(),
                    new Hazard(
                            e.hazardId(),
                            e.foundOn(),
                            e.description(),
                            e.major(),
                            e.supervisionNo(),
                            e.deadline(),
                            null,
                            List.of(position)));
        } else if (event instanceof HazardRectified e) {
            hazards.computeIfPresent(
                    e.hazardId(),
                    (id, h) -> new Hazard(
                            id,
                            h.foundOn(),
                            h.description(),
                            h.major(),
                            h.supervisionNo(),
                            h.deadline(),
                            e.verifiedOn(),
                            plus(h.positions(), position)));
        } else if (event instanceof SuspensionOrdered e) {
            suspensions.put(
                    e.orderId(), new Suspension(e.orderId(), e.orderedOn(), e.decisionNo(), null, List.of(position)));
        } else if (event instanceof ProductionResumed e) {
            suspensions.computeIfPresent(
                    e.orderId(),
                    (id, s) -> new Suspension(
                            id, s.orderedOn(), s.decisionNo(), e.resumedOn(), plus(s.positions(), position)));
        } else if (event instanceof RedListDecided e) {
            redListDecisions.put(
                    e.decisionId(),
                    new RedListDecision(
                            e.decisionId(),
                            e.decidedOn(),
                            e.decisionNo(),
                            e.authority(),
                            e.expiresOn(),
                            null,
                            null,
                            List.of(position)));
        } else if (event instanceof RedListDecisionRevoked e) {
            ended(e.decisionId(), e.decidedOn(), DecisionEnd.REVOKED, position);
        } else if (event instanceof RedListDecisionLost e) {
            ended(e.decisionId(), e.lostOn(), DecisionEnd.LOST, position);
        } else if (event instanceof RedListDecisionExpired e) {
            ended(e.decisionId(), e.expiredOn(), DecisionEnd.EXPIRED, position);
        } else if (event instanceof PartnerListEntryRecorded e) {
            partnerEntries.put(
                    e.entryId(),
                    new PartnerEntry(
                            e.entryId(), e.department(), e.listName(), e.decisionNo(), e.from(), e.to(), position));
        } else {
            return false;
        }
        return true;
    }

    private void ended(String decisionId, LocalDate on, DecisionEnd end, long position) {
        redListDecisions.computeIfPresent(
                decisionId,
                (id, d) -> new RedListDecision(
                        id,
                        d.decidedOn(),
                        d.decisionNo(),
                        d.authority(),
                        d.expiresOn(),
                        d.endedOn() != null && d.endedOn().isBefore(on) ? d.endedOn() : on,
                        d.end() != null ? d.end() : end,
                        plus(d.positions(), position)));
    }

    private static List<Long> plus(List<Long> positions, long position) {
        List<Long> result = new ArrayList<>(positions);
        result.add(position);
        return List.copyOf(result);
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public Map<String, Hazard> hazards() {
        return hazards;
    }

    public Map<String, Suspension> suspensions() {
        return suspensions;
    }

    public Map<String, RedListDecision> redListDecisions() {
        return redListDecisions;
    }

    public Map<String, PartnerEntry> partnerEntries() {
        return partnerEntries;
    }
}
