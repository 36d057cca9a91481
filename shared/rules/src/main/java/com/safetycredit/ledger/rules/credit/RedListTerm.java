package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.ReportingViolationFinding;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Hazard;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.PartnerEntry;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Suspension;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The adverse facts already on record inside a red-list decision's term (RULES.md §12). The ledger records a
 * loss as each adverse fact arrives ({@link RedListLoss}); a decision recorded after such a fact of its own term
 * would never have been lost, so it is refused instead. The same facts {@link RedListLoss} ends a decision on: a
 * production-safety accident, a penalty, a listing, a reporting-violation finding, a revoked certificate, a major
 * hazard found, a suspension order, another department's severe-list entry.
 */
public final class RedListTerm {

    private RedListTerm() {}

    /** Each adverse fact dated in {@code [decidedOn, until]}, with its positions. */
    public static List<Evidence> adverseFacts(EnterpriseRecord record, LocalDate decidedOn, LocalDate until) {
        List<Evidence> facts = new ArrayList<>();
        for (Accident a : record.accidents().values()) {
            if (!a.retracted()
                    && AccidentCategory.of(a.category()).productionSafety()
                    && in(a.occurredOn(), decidedOn, until)) {
                facts.add(fact("生产安全事故", a.occurredOn(), a.positions()));
            }
        }
        for (Penalty p : record.penalties().values()) {
            if (in(p.decidedOn(), decidedOn, until)) {
                facts.add(fact("行政处罚 " + p.decisionNo(), p.decidedOn(), List.of(p.position())));
            }
        }
        for (Listing l : record.listings().values()) {
            if (!l.revoked() && in(l.decidedOn(), decidedOn, until)) {
                facts.add(fact("列入严重失信主体名单", l.decidedOn(), l.positions()));
            }
        }
        for (ReportingViolationFinding f : record.reportingViolations()) {
            if (in(f.decidedOn(), decidedOn, until)) {
                facts.add(fact("事故瞒报、谎报、迟报或漏报认定", f.decidedOn(), List.of(f.position())));
            }
        }
        for (Certification c : record.certifications().values()) {
            if (c.revokedOn() != null && in(c.revokedOn(), decidedOn, until)) {
                facts.add(fact("证书被撤销", c.revokedOn(), c.positions()));
            }
        }
        supervisionFacts(record.supervision(), decidedOn, until, facts);
        return List.copyOf(facts);
    }

    private static void supervisionFacts(
            SupervisionFacts supervision, LocalDate decidedOn, LocalDate until, List<Evidence> facts) {
        for (Hazard h : supervision.hazards().values()) {
            if (h.major() && in(h.foundOn(), decidedOn, until)) {
                facts.add(fact("发现重大事故隐患", h.foundOn(), h.positions()));
            }
        }
        for (Suspension s : supervision.suspensions().values()) {
            if (in(s.orderedOn(), decidedOn, until)) {
                facts.add(fact("责令停产整改 " + s.decisionNo(), s.orderedOn(), s.positions()));
            }
        }
        for (PartnerEntry e : supervision.partnerEntries().values()) {
            if (in(e.from(), decidedOn, until)) {
                facts.add(fact("被列入其他领域联合惩戒对象（" + e.listName() + "）", e.from(), List.of(e.position())));
            }
        }
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate until) {
        return day != null && !day.isBefore(from) && !day.isAfter(until);
    }

    private static Evidence fact(String what, LocalDate on, List<Long> positions) {
        return new Evidence("ADVERSE_FACT_IN_TERM", "认定期间内的失信事实：" + what + "（" + on + "）", positions);
    }
}
