package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentConcluded;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingReinstated;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.SupervisionFacts;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which policy years a fact belongs to (valid time), so the grants of exactly those years are rechecked: an
 * accident's year whenever it is reported, revised, concluded or retracted (a death added in January to a
 * December accident rechecks December's year); every year a listing touched, when it is made, ends early,
 * expires, is annulled or runs again (reinstated after a repair obtained by fraud: its remaining period may reach
 * into later years); every year another department's severe-list entry touched; the year a revoked certificate
 * was obtained in; and a grant's own year, so a grant
 * decided without a fact committed just before it is still caught. Pure.
 */
public final class RecoveryTriggers {

    /** The processing group of the ledger's recovery policy: its stored position says which facts it has handled. */
    public static final String PROCESSOR = "award-recovery";

    private static final int OPEN_ENDED_YEARS = 5;

    private RecoveryTriggers() {}

    private static final Set<Class<?>> TRIGGERS = Set.of(
            AccidentReported.class,
            AccidentCasualtiesRevised.class,
            AccidentConcluded.class,
            AccidentRetracted.class,
            EnterpriseBlacklisted.class,
            ListingRemovedEarly.class,
            ListingExpired.class,
            ListingRevoked.class,
            ListingReinstated.class,
            CertificationRevoked.class,
            PartnerListEntryRecorded.class,
            AwardGranted.class);

    /** Whether the fact can change whether a granted award stands. */
    public static boolean triggers(Object fact) {
        return fact != null && TRIGGERS.contains(fact.getClass());
    }

    /** @param record the enterprise's record up to and including the fact */
    public static Set<Integer> years(Object fact, EnterpriseRecord record) {
        Set<Integer> years = new TreeSet<>();
        if (fact instanceof AccidentReported e) {
            years.add(e.occurredOn().getYear());
        } else if (fact instanceof AccidentCasualtiesRevised e) {
            accidentYear(record, e.accidentId(), years);
        } else if (fact instanceof AccidentConcluded e) {
            accidentYear(record, e.accidentId(), years);
        } else if (fact instanceof AccidentRetracted e) {
            accidentYear(record, e.accidentId(), years);
        } else if (fact instanceof EnterpriseBlacklisted e) {
            listingYears(record, e.listingId(), years);
        } else if (fact instanceof ListingRemovedEarly e) {
            listingYears(record, e.listingId(), years);
        } else if (fact instanceof ListingExpired e) {
            listingYears(record, e.listingId(), years);
        } else if (fact instanceof ListingRevoked e) {
            listingYears(record, e.listingId(), years);
        } else if (fact instanceof ListingReinstated e) {
            listingYears(record, e.listingId(), years);
        } else if (fact instanceof CertificationRevoked e) {
            EnterpriseRecord.Certification c = record.certifications().get(e.certificationId());
            if (c != null) {
                years.add(c.issuedOn().getYear());
            }
        } else if (fact instanceof PartnerListEntryRecorded e) {
            partnerEntryYears(record, e.entryId(), years);
        } else if (fact instanceof AwardGranted e) {
            years.add(e.policyYear());
        }
        return years;
    }

    private static void accidentYear(EnterpriseRecord record, String accidentId, Set<Integer> years) {
        EnterpriseRecord.Accident accident = record.accidents().get(accidentId);
        if (accident != null) {
            years.add(accident.occurredOn().getYear());
        }
    }

    /**
     * Every year an entry of another department's severe list touched, from its start to its end; an open-ended
     * entry through the five years a Zhejiang adverse record is kept (浙江省公共信用信息管理条例), which covers every
     * grant decided before it was recorded.
     */
    private static void partnerEntryYears(EnterpriseRecord record, String entryId, Set<Integer> years) {
        SupervisionFacts.PartnerEntry entry =
                record.supervision().partnerEntries().get(entryId);
        if (entry != null) {
            int last = entry.to() == null
                    ? entry.from().getYear() + OPEN_ENDED_YEARS
                    : entry.to().minusDays(1).getYear();
            for (int year = entry.from().getYear();
                    year <= Math.max(last, entry.from().getYear());
                    year++) {
                years.add(year);
            }
        }
    }

    /** From the year it was decided to the year it was due to expire: an early end may lift later years. */
    private static void listingYears(EnterpriseRecord record, String listingId, Set<Integer> years) {
        EnterpriseRecord.Listing listing = record.listings().get(listingId);
        if (listing != null) {
            for (int year = listing.decidedOn().getYear();
                    year
                            <= Collections.max(List.of(listing.expiresOn(), listing.endsOn()))
                                    .getYear();
                    year++) {
                years.add(year);
            }
        }
    }
}
