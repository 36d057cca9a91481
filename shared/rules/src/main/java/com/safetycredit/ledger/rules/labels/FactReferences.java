package com.safetycredit.ledger.rules.labels;

import com.safetycredit.ledger.contracts.problems.LedgerProblem.Fen;
import com.safetycredit.ledger.contracts.problems.LedgerProblem.Label;
import com.safetycredit.ledger.contracts.problems.LedgerProblem.Phrase;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of an enterprise's facts, learnt from its history in ledger order: a later event refers to a certificate,
 * an accident, a penalty, a listing or an application by the ledger's identifier, and a clerk reads its name instead
 * ("安全生产标准化证书 AQBⅡ-1", "2024-05-01 的事故（报告文号 …）").
 */
public final class FactReferences {

    /** Identifiers the ledger makes for facts: a prefix and a random tail. */
    private static final Pattern ID = Pattern.compile("\\b(cert|inv|acc|pen|lst|awd)-[0-9A-Za-z-]{6,}");

    private final Map<String, Phrase> names = new HashMap<>();

    /** Learns the facts an event introduces. */
    public FactReferences add(String type, Map<String, Object> data) {
        switch (type) {
            case "CertificationGranted" -> names.put(
                    text(data, "certificationId"),
                    new Phrase(
                            "ref.certification",
                            new Label("enum.CertificationType", text(data, "type")),
                            text(data, "certificateNo")));
            case "SafetyInvestmentRecorded" -> names.put(
                    text(data, "investmentId"),
                    new Phrase(
                            "ref.investment",
                            text(data, "policyYear"),
                            new Label("enum.SafetyInvestmentType", text(data, "type")),
                            new Fen(number(data, "amountFen"))));
            case "AccidentReported" -> names.put(
                    text(data, "accidentId"),
                    new Phrase("ref.accident", text(data, "occurredOn"), text(data, "reportNo")));
            case "PenaltyImposed" -> names.put(
                    text(data, "penaltyId"), new Phrase("ref.penalty", text(data, "decisionNo")));
            case "EnterpriseBlacklisted" -> names.put(
                    text(data, "listingId"), new Phrase("ref.listing", text(data, "decisionNo")));
            case "AwardApplied" -> names.put(
                    text(data, "applicationId"),
                    new Phrase(
                            "ref.application", text(data, "policyYear"), new Label("award", text(data, "awardType"))));
            case "AgencyBlacklisted" -> names.put(
                    text(data, "listingId"), new Phrase("ref.listing", text(data, "decisionNo")));
            case "AgencyPenaltyImposed" -> names.put(
                    text(data, "penaltyId"), new Phrase("ref.penalty", text(data, "decisionNo")));
            case "AgencyServiceRecorded" -> names.put(
                    text(data, "serviceId"), new Phrase("ref.service", text(data, "contractNo")));
            case "ListingNoticed" -> names.put(
                    text(data, "noticeId"), new Phrase("ref.notice", text(data, "noticeNo")));
            case "CreditRepairApplied" -> names.put(
                    text(data, "repairId"), new Phrase("ref.repair", text(data, "appliedOn")));
            case "ObjectionFiled" -> names.put(
                    text(data, "objectionId"), new Phrase("ref.objection", text(data, "filedOn")));
            case "CreditCommitmentMade" -> names.put(
                    text(data, "commitmentId"), new Phrase("ref.commitment", text(data, "madeOn")));
            case "HazardFound" -> names.put(text(data, "hazardId"), new Phrase("ref.hazard", text(data, "foundOn")));
            case "SuspensionOrdered" -> names.put(
                    text(data, "orderId"), new Phrase("ref.suspension", text(data, "decisionNo")));
            case "RedListDecided" -> names.put(
                    text(data, "decisionId"), new Phrase("ref.redList", text(data, "decisionNo")));
            case "PractitionerEmploymentStarted" -> names.put(
                    text(data, "employmentId"),
                    new Phrase("ref.employment", text(data, "from"), text(data, "employerUscc")));
            default -> {
                // the other events introduce no fact of their own
            }
        }
        return this;
    }

    /** The name of the fact {@code id}, if the history introduced it. */
    public Optional<Phrase> name(String id) {
        return Optional.ofNullable(id == null ? null : names.get(id));
    }

    /** The fact's name in the reader's words; a fact the history did not introduce is "该记录". */
    public String render(String id, Locale locale) {
        return Labels.render(name(id).orElse(new Phrase("ref.unknown")), locale);
    }

    /** A text in which the ledger's identifiers (older reasons name them) are replaced by the facts' names. */
    public String humanize(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        Matcher ids = ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(out, Matcher.quoteReplacement(render(ids.group(), locale)));
        }
        ids.appendTail(out);
        return out.toString();
    }

    private static String text(Map<String, Object> data, String field) {
        Object value = data.get(field);
        return value == null ? "" : value.toString();
    }

    private static long number(Map<String, Object> data, String field) {
        return data.get(field) instanceof Number n ? n.longValue() : 0L;
    }
}
