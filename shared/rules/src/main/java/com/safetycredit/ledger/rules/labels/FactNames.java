package com.safetycredit.ledger.rules.labels;

import com.safetycredit.ledger.contracts.problems.LedgerProblem.Fen;
import com.safetycredit.ledger.contracts.problems.LedgerProblem.Label;
import com.safetycredit.ledger.contracts.problems.LedgerProblem.Phrase;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.SupervisionFacts;
import java.util.Locale;

/**
 * A fact of an enterprise by the name a clerk knows it by — a certificate by its type and number, an investment by
 * its year, kind and amount, an accident by its day, category and grade, a penalty by its decision number, a hazard
 * by its day and what was found, a suspension order or red-list decision by its document number — never
 * by the ledger's internal identifier.
 */
public final class FactNames {

    private FactNames() {}

    /** The fact {@code id} of {@code record} as a phrase (shown in the reader's language). */
    public static Phrase of(EnterpriseRecord record, String id) {
        if (id == null) {
            return new Phrase("fact.unknown");
        }
        EnterpriseRecord.Certification certification = record.certifications().get(id);
        if (certification != null) {
            return certification(certification);
        }
        EnterpriseRecord.Investment investment = record.investments().get(id);
        if (investment != null) {
            return new Phrase(
                    "fact.investment",
                    String.valueOf(investment.policyYear()),
                    new Label("enum.SafetyInvestmentType", investment.type()),
                    new Fen(investment.amountFen()));
        }
        EnterpriseRecord.Accident accident = record.accidents().get(id);
        if (accident != null) {
            return accident(accident);
        }
        EnterpriseRecord.Penalty penalty = record.penalties().get(id);
        if (penalty != null) {
            return new Phrase(
                    "fact.penalty", penalty.decisionNo(), penalty.decidedOn().toString());
        }
        EnterpriseRecord.Listing listing = record.listings().get(id);
        if (listing != null) {
            return new Phrase(
                    "fact.listing",
                    listing.decidedOn().toString(),
                    new Label("listing.basis", String.valueOf(listing.basis())));
        }
        return supervision(record.supervision(), id);
    }

    /** A hazard by its day and what was found, an order or a red-list decision by its document number. */
    private static Phrase supervision(SupervisionFacts facts, String id) {
        SupervisionFacts.Hazard hazard = facts.hazards().get(id);
        if (hazard != null) {
            return new Phrase("ref.hazardFound", hazard.foundOn().toString(), hazard.description());
        }
        SupervisionFacts.Suspension order = facts.suspensions().get(id);
        if (order != null) {
            return new Phrase("ref.suspension", order.decisionNo());
        }
        SupervisionFacts.RedListDecision decision = facts.redListDecisions().get(id);
        if (decision != null) {
            return new Phrase("ref.redList", decision.decisionNo());
        }
        return new Phrase("fact.unknown");
    }

    public static Phrase certification(EnterpriseRecord.Certification certification) {
        return new Phrase(
                "fact.certification",
                new Label("enum.CertificationType", certification.type()),
                certification.certificateNo());
    }

    public static Phrase accident(EnterpriseRecord.Accident accident) {
        return new Phrase(
                "fact.accident",
                accident.occurredOn().toString(),
                new Label("accidentCategory", accident.category()),
                new Label("grade", accident.grade()));
    }

    /** The fact in Chinese, as the rules write it into a reason. */
    public static String zh(Phrase phrase) {
        return Labels.render(phrase, Locale.SIMPLIFIED_CHINESE);
    }
}
