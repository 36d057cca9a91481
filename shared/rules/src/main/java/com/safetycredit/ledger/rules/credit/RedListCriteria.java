package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Commitment;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.PartnerEntry;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether an enterprise meets the red-list rule set on a day (RULES.md §4, §12), with the evidence either way.
 * A red-list decision (认定) is refused unless this holds on its day; the candidates are who it holds for.
 */
public final class RedListCriteria {

    /**
     * @param grounds what the criteria rest on (the certificate, the commitment, the clean look-back, and what
     *                the ledger cannot check), with positions
     * @param notMet  each criterion missed, with the facts that make it so; empty: the rule set holds
     */
    public record Check(List<Evidence> grounds, List<Evidence> notMet) {
        public boolean met() {
            return notMet.isEmpty();
        }

        /** The positions the grounds rest on: what a decision records. */
        public List<Long> groundPositions() {
            return grounds.stream()
                    .flatMap(g -> g.positions().stream())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    private RedListCriteria() {}

    /** The rule set of {@code rules} on the day, with the day's 重点关注 reasons worked out here. */
    public static Check check(EnterpriseRecord record, LocalDate v, CreditRules rules) {
        return check(record, v, rules.redList(), CreditAssessor.watch(record, v));
    }

    /** @param watch the 重点关注 reasons on the day (checked when the rule set asks for it) */
    public static Check check(EnterpriseRecord record, LocalDate v, RedListRules rules, List<Evidence> watch) {
        return check(record, v, rules, watch, true);
    }

    /**
     * @param everyMiss false: the status timeline asks only whether the rule set holds, so the clean look-back —
     *                  the first criterion, the one most enterprises miss — ends the check at the first fact that
     *                  spoils it, with that miss and no grounds; the other criteria are checked as before
     */
    static Check check(
            EnterpriseRecord record, LocalDate v, RedListRules rules, List<Evidence> watch, boolean everyMiss) {
        List<Evidence> notMet = new ArrayList<>();
        List<Evidence> grounds = new ArrayList<>();
        LocalDate lookBack = v.minusYears(rules.lookBackYears()); // (v − 3 years, v], as CalendarWindow counts
        cleanLookBack(record, v, rules, lookBack, notMet, everyMiss);
        if (!everyMiss && !notMet.isEmpty()) {
            return new Check(List.of(), List.copyOf(notMet));
        }
        standardization(record, v, rules, notMet, grounds);
        if (Boolean.TRUE.equals(rules.publicCommitmentRequired())) {
            commitment(record, v, rules, lookBack, notMet, grounds);
        }
        if (Boolean.TRUE.equals(rules.partnerListsChecked())) {
            for (PartnerEntry entry : record.supervision().partnerEntries().values()) {
                if (entry.activeOn(v)) {
                    notMet.add(new Evidence(
                            "ON_PARTNER_SEVERE_LIST",
                            "被列入其他领域联合惩戒对象（" + entry.listName() + "，" + entry.decisionNo() + "）",
                            List.of(entry.position())));
                }
            }
        }
        if (Boolean.TRUE.equals(rules.notUnderWatch()) && !watch.isEmpty()) {
            notMet.add(new Evidence(
                    "UNDER_WATCH",
                    "当日属于重点关注对象",
                    watch.stream().flatMap(w -> w.positions().stream()).toList()));
        }
        grounds.add(new Evidence("CLEAN_LOOK_BACK", rules.lookBackYears() + "年内无失信名单、行政处罚、亡人责任事故记录", List.of()));
        for (String unverified : rules.notRecordedByTheLedger()) {
            grounds.add(new Evidence("NOT_RECORDED", "账本未记录、未核验：" + unverified, List.of()));
        }
        return new Check(List.copyOf(grounds), List.copyOf(notMet));
    }

    /** {@code everyMiss} false: returns at the first fact found. */
    private static void cleanLookBack(
            EnterpriseRecord record,
            LocalDate v,
            RedListRules rules,
            LocalDate lookBack,
            List<Evidence> notMet,
            boolean everyMiss) {
        for (Listing listing : record.listings().values()) {
            if (!listing.revoked()
                    && !listing.decidedOn().isAfter(v)
                    && listing.endsOn().isAfter(lookBack)) {
                notMet.add(new Evidence(
                        "LISTED_WITHIN_LOOK_BACK", rules.lookBackYears() + "年内曾被列入严重失信主体名单", listing.positions()));
                if (!everyMiss) {
                    return;
                }
            }
        }
        for (Penalty penalty : record.penalties().values()) {
            if (Facts.within(penalty.decidedOn(), lookBack, v)) {
                notMet.add(new Evidence(
                        "PENALTY_WITHIN_LOOK_BACK",
                        rules.lookBackYears() + "年内受到行政处罚（" + penalty.decisionNo() + "，" + penalty.decidedOn() + "）",
                        List.of(penalty.position())));
                if (!everyMiss) {
                    return;
                }
            }
        }
        for (Accident accident : record.accidents().values()) {
            if (Facts.within(accident.occurredOn(), lookBack, v) && fatalLiability(accident)) {
                notMet.add(new Evidence(
                        "FATAL_LIABILITY_ACCIDENT_WITHIN_LOOK_BACK",
                        rules.lookBackYears() + "年内发生亡人责任事故（" + accident.occurredOn() + "）",
                        accident.positions()));
                if (!everyMiss) {
                    return;
                }
            }
        }
    }

    /** A fatal production-safety accident not found free of liability (until concluded, it counts). */
    static boolean fatalLiability(Accident accident) {
        return Facts.counted(accident, Gate.RED_LIST_FATAL_LIABILITY)
                && accident.deaths() > 0
                && !Boolean.FALSE.equals(accident.liable());
    }

    private static void standardization(
            EnterpriseRecord record, LocalDate v, RedListRules rules, List<Evidence> notMet, List<Evidence> grounds) {
        Optional<Certification> best = Facts.bestStandardization(record, v);
        boolean levelMet = best.isPresent() && best.get().level().compareTo(rules.requiredStandardizationLevel()) <= 0;
        if (!levelMet) {
            notMet.add(new Evidence(
                    "STANDARDIZATION_BELOW_REQUIRED",
                    "安全生产标准化未达到" + Labels.zhLabel("level", rules.requiredStandardizationLevel()),
                    best.map(Certification::positions).orElse(List.of())));
        }
        best.ifPresent(c -> grounds.add(new Evidence(
                "STANDARDIZATION",
                "安全生产标准化" + Labels.zhLabel("level", c.level()) + "（" + c.issuedOn() + " 起）",
                c.positions())));
    }

    /** The latest commitment made within the look-back and public on the day. */
    private static void commitment(
            EnterpriseRecord record,
            LocalDate v,
            RedListRules rules,
            LocalDate lookBack,
            List<Evidence> notMet,
            List<Evidence> grounds) {
        Optional<Commitment> made = record.supervision().commitments().stream()
                .filter(c -> Facts.within(c.madeOn(), lookBack, v))
                .max(Comparator.comparing(Commitment::madeOn));
        Optional<Commitment> published = record.supervision().commitments().stream()
                .filter(c -> Facts.within(c.madeOn(), lookBack, v)
                        && c.isPublic()
                        && !c.publishedAt()
                                .atZoneSameInstant(LedgerTime.ZONE)
                                .toLocalDate()
                                .isAfter(v))
                .max(Comparator.comparing(Commitment::madeOn));
        if (published.isPresent()) {
            Commitment c = published.get();
            grounds.add(
                    new Evidence("PUBLIC_COMMITMENT", "已向社会公开作出安全生产信用承诺（" + c.madeOn() + "）", List.of(c.position())));
        } else {
            notMet.add(new Evidence(
                    "NO_PUBLIC_COMMITMENT",
                    made.isPresent() ? "信用承诺（" + made.get().madeOn() + "）未向社会公开" : rules.lookBackYears() + "年内无信用承诺记录",
                    made.map(c -> List.of(c.position())).orElse(List.of())));
        }
    }
}
