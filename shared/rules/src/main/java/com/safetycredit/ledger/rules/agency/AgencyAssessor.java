package com.safetycredit.ledger.rules.agency;

import com.safetycredit.ledger.rules.agency.AgencyRecord.Interview;
import com.safetycredit.ledger.rules.agency.AgencyRecord.Penalty;
import com.safetycredit.ledger.rules.agency.AgencyRecord.QualityCheck;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import com.safetycredit.ledger.rules.domain.InterviewKind;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's supervision status on a valid date (RULES.md §13, read as §9 reads for enterprises): BLACK while a
 * listing is active; WATCH for a failed quality spot check, an interview or notice (约谈通报) or a penalty in the
 * last 12 calendar months, or an expired qualification; NORMAL otherwise. Every status names its evidence. Pure.
 */
public final class AgencyAssessor {

    public enum Status {
        BLACK,
        WATCH,
        NORMAL
    }

    public record Assessment(LocalDate validAt, Status status, List<Evidence> reasons) {}

    private AgencyAssessor() {}

    public static Assessment assess(AgencyRecord record, LocalDate v) {
        List<Evidence> black = new ArrayList<>();
        for (Listing listing : record.listings().values()) {
            if (listing.activeOn(v)) {
                black.add(new Evidence(
                        "ACTIVE_LISTING",
                        "列入安全生产严重失信主体名单（" + listing.decidedOn() + " 至 " + listing.endsOn() + "，依据第 " + listing.basis()
                                + " 项：" + ListingGrounds.label(listing.basis()) + "）",
                        listing.positions()));
            }
        }
        if (!black.isEmpty()) {
            return new Assessment(v, Status.BLACK, black);
        }
        List<Evidence> watch = watch(record, v);
        return new Assessment(v, watch.isEmpty() ? Status.NORMAL : Status.WATCH, watch);
    }

    private static List<Evidence> watch(AgencyRecord record, LocalDate v) {
        List<Evidence> reasons = new ArrayList<>();
        for (QualityCheck check : record.checks()) {
            if (check.result().equals(QualityCheckResult.FAILED.name()) && within(check.checkedOn(), v)) {
                reasons.add(new Evidence(
                        "FAILED_QUALITY_CHECK_LAST_12_MONTHS",
                        "近12个月质量抽查不合格（" + check.checkedOn() + "）",
                        List.of(check.position())));
            }
        }
        for (Interview interview : record.interviews()) {
            if (within(interview.heldOn(), v)) {
                reasons.add(new Evidence(
                        "INTERVIEW_LAST_12_MONTHS",
                        "近12个月被" + InterviewKind.valueOf(interview.kind()).label() + "（" + interview.heldOn() + "）",
                        List.of(interview.position())));
            }
        }
        for (Penalty penalty : record.penalties().values()) {
            if (within(penalty.decidedOn(), v)) {
                reasons.add(new Evidence(
                        "PENALTY_LAST_12_MONTHS",
                        "近12个月受到行政处罚（" + penalty.decisionNo() + "，" + penalty.decidedOn() + "）",
                        List.of(penalty.position())));
            }
        }
        for (Listing listing : record.listings().values()) {
            if (!listing.revoked() && within(listing.endsOn(), v)) {
                reasons.add(new Evidence(
                        "LISTING_ENDED_LAST_12_MONTHS",
                        "近12个月移出严重失信主体名单（" + listing.endsOn() + "）",
                        listing.positions()));
            }
        }
        if (record.qualificationValidUntil() != null && v.isAfter(record.qualificationValidUntil())) {
            reasons.add(new Evidence(
                    "QUALIFICATION_EXPIRED",
                    "资质证书 " + record.qualificationNo() + " 已于 " + record.qualificationValidUntil() + " 到期",
                    List.of(record.registeredAt())));
        }
        return reasons;
    }

    private static boolean within(LocalDate fact, LocalDate v) {
        return CalendarWindow.within(fact, v, CalendarWindow.TWELVE_MONTHS);
    }
}
