package com.safetycredit.ledger.contracts.events;

import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentConcluded;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyInterviewRecorded;
import com.safetycredit.ledger.contracts.events.agency.AgencyListingExpired;
import com.safetycredit.ledger.contracts.events.agency.AgencyPenaltyImposed;
import com.safetycredit.ledger.contracts.events.agency.AgencyQualityChecked;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.agency.AgencyServiceRecorded;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.award.AwardRecoveryLifted;
import com.safetycredit.ledger.contracts.events.award.AwardReviewed;
import com.safetycredit.ledger.contracts.events.certification.CertificationExpired;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseDeclared;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseEnded;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.hazard.HazardRectified;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.contracts.events.ledger.LedgerDigestRecorded;
import com.safetycredit.ledger.contracts.events.listing.CreditRepairApplied;
import com.safetycredit.ledger.contracts.events.listing.CreditRepairDecided;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingNoticeWithdrawn;
import com.safetycredit.ledger.contracts.events.listing.ListingNoticed;
import com.safetycredit.ledger.contracts.events.listing.ListingReinstated;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.listing.ListingStatementReceived;
import com.safetycredit.ledger.contracts.events.objection.ObjectionDecided;
import com.safetycredit.ledger.contracts.events.objection.ObjectionExtended;
import com.safetycredit.ledger.contracts.events.objection.ObjectionFiled;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyRetracted;
import com.safetycredit.ledger.contracts.events.practitioner.PersonalDataErased;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionExpired;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionRevoked;
import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import com.safetycredit.ledger.contracts.events.suspension.ProductionResumed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import java.util.List;

/** Every event type the ledger stores and publishes. Add new event classes here. */
public final class LedgerEventCatalog {

    public static final List<Class<?>> EVENT_TYPES = List.of(
            EnterpriseRegistered.class,
            EnterpriseProfileChanged.class,
            CertificationGranted.class,
            CertificationRevoked.class,
            CertificationExpired.class,
            CertificationReinstated.class,
            SafetyInvestmentRecorded.class,
            AccidentReported.class,
            AccidentCasualtiesRevised.class,
            AccidentConcluded.class,
            AccidentRetracted.class,
            AccidentReportingViolationFound.class,
            PenaltyImposed.class,
            EnterpriseBlacklisted.class,
            ListingRemovedEarly.class,
            ListingRevoked.class,
            ListingExpired.class,
            ListingNoticed.class,
            ListingStatementReceived.class,
            ListingNoticeWithdrawn.class,
            CreditRepairApplied.class,
            CreditRepairDecided.class,
            ListingReinstated.class,
            PenaltyRetracted.class,
            ObjectionFiled.class,
            ObjectionExtended.class,
            ObjectionDecided.class,
            AwardApplied.class,
            AwardReviewed.class,
            AwardGranted.class,
            AwardDenied.class,
            AwardMarkedForRecovery.class,
            AwardRecoveryLifted.class,
            LedgerDigestRecorded.class,
            CreditCommitmentMade.class,
            HazardFound.class,
            HazardRectified.class,
            SuspensionOrdered.class,
            ProductionResumed.class,
            RedListDecided.class,
            RedListDecisionRevoked.class,
            RedListDecisionLost.class,
            RedListDecisionExpired.class,
            PartnerListEntryRecorded.class,
            SupervisionDrawMade.class,
            LevelOneResponseDeclared.class,
            LevelOneResponseEnded.class,
            // intermediary agencies and practitioners (RULES.md §13)
            AgencyRegistered.class,
            AgencyServiceRecorded.class,
            AgencyQualityChecked.class,
            AgencyInterviewRecorded.class,
            AgencyPenaltyImposed.class,
            AgencyBlacklisted.class,
            AgencyListingExpired.class,
            PractitionerRegistered.class,
            PractitionerEmploymentStarted.class,
            PractitionerEmploymentEnded.class,
            PersonalDataErased.class);

    private LedgerEventCatalog() {}

    public static EventTypeRegistry registry() {
        return EventTypeRegistry.of(EVENT_TYPES);
    }
}
