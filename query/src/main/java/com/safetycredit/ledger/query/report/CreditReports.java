package com.safetycredit.ledger.query.report;

import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.audit.LedgerAudit;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.rules.credit.CreditAssessment;
import com.safetycredit.ledger.rules.credit.CreditAssessor;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The credit report (信用报告) of one enterprise as of a date: who it is, its status and grade with the model and
 * every reason, its listings, penalties, accidents and awards up to that date — and the ledger head (position and
 * hash) it was made from, so anyone can later check it against the ledger: the facts it names all stand at or before
 * that position, and the hash proves what the ledger held there.
 */
@Component
public class CreditReports {

    /** One report; every list is in the order the facts happened. */
    public record CreditReport(
            EnterpriseRecord record,
            LocalDate validAt,
            Instant producedAt,
            LedgerHead head,
            CreditAssessment assessment,
            List<EnterpriseRecord.Listing> listings,
            List<EnterpriseRecord.Penalty> penalties,
            List<EnterpriseRecord.Accident> accidents,
            List<AwardBook.Award> awards) {}

    private final EnterpriseRecords records;
    private final CreditRules rules;
    private final AwardBook awardBook;
    private final LedgerAudit audit;
    private final Clock clock;

    public CreditReports(
            EnterpriseRecords records, CreditRules rules, AwardBook awardBook, LedgerAudit audit, Clock clock) {
        this.records = records;
        this.rules = rules;
        this.awardBook = awardBook;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report of {@code uscc} on {@code validAt} (default: today, Beijing time), as the ledger knows it now. */
    public CreditReport report(String uscc, String validAt) {
        LocalDate day = AsOf.validAt(validAt, clock);
        Instant now = clock.instant();
        EnterpriseRecord record = records.loadAsKnownAt(uscc, now)
                .orElseThrow(() -> new NotFoundException("unknown-enterprise", "uscc", uscc));
        // read after the record: every fact of the record stands at or before this head
        LedgerHead head = audit.head();
        return new CreditReport(
                record,
                day,
                now,
                head,
                CreditAssessor.assess(record, day, rules),
                record.listings().values().stream()
                        .filter(l -> !l.decidedOn().isAfter(day))
                        .sorted(Comparator.comparing(EnterpriseRecord.Listing::decidedOn))
                        .toList(),
                record.penalties().values().stream()
                        .filter(p -> !p.decidedOn().isAfter(day))
                        .sorted(Comparator.comparing(EnterpriseRecord.Penalty::decidedOn))
                        .toList(),
                record.accidents().values().stream()
                        .filter(a -> !a.retracted() && !a.occurredOn().isAfter(day))
                        .sorted(Comparator.comparing(EnterpriseRecord.Accident::occurredOn))
                        .toList(),
                awardBook.awards(uscc, null, null, null).stream()
                        .filter(a -> a.appliedOn() == null || a.appliedOn().compareTo(day.toString()) <= 0)
                        .toList());
    }
}
