package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The enterprise was put on the 安全生产严重失信主体名单.
 *
 * @param basis                 1–9, the ground of listing (RULES.md §3)
 * @param regime                the rules it was listed under; they fix the management period
 * @param expiresOn             the first day it is no longer listed (active on [decidedOn, expiresOn))
 * @param groundFactIds         the facts of the ledger the basis rests on (accidents, the penalty), checked
 *                              when listed; empty in revision-1 events, recorded before grounds were checked
 * @param groundsOverrideReason the reviewer's reason when the basis rests on a fact the ledger does not hold
 *                              (bases 5 and 8), else {@code null}
 * @param noticeId              the notice (告知) the decision follows; {@code null} for a listing decided before the
 *                              ledger recorded notices (revisions 1 and 2, and later ones before the notice step's
 *                              start date)
 * @param statementResponse     the decision's answer to the enterprise's statements, when it made any
 * @param extendsListingId      the listing in force this one follows (rule EXTEND: its period starts where that one
 *                              ends), else {@code null}
 * @param principalRegistrationNo basis 5 only: the registration number of the principal (主要负责人) whose conduct
 *                              the listing rests on, a practitioner of the ledger employed at the enterprise;
 *                              {@code null} for every other basis and in revisions 1–3
 */
@LedgerEvent(name = "EnterpriseBlacklisted", revision = 4)
public record EnterpriseBlacklisted(
        String uscc,
        String listingId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String decisionNo,
        LocalDate decidedOn,
        LocalDate expiresOn,
        boolean repeatEntry,
        List<String> groundFactIds,
        String groundsOverrideReason,
        String noticeId,
        String statementResponse,
        String extendsListingId,
        String principalRegistrationNo)
        implements EnterpriseFact {

    public EnterpriseBlacklisted {
        groundFactIds = groundFactIds == null ? List.of() : List.copyOf(groundFactIds);
    }

    /** The revision-3 shape: a notice, no principal named. */
    public EnterpriseBlacklisted(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn,
            LocalDate expiresOn,
            boolean repeatEntry,
            List<String> groundFactIds,
            String groundsOverrideReason,
            String noticeId,
            String statementResponse,
            String extendsListingId) {
        this(
                uscc,
                listingId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                decisionNo,
                decidedOn,
                expiresOn,
                repeatEntry,
                groundFactIds,
                groundsOverrideReason,
                noticeId,
                statementResponse,
                extendsListingId,
                null);
    }

    /** The revision-2 shape: grounds recorded, no notice. */
    public EnterpriseBlacklisted(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn,
            LocalDate expiresOn,
            boolean repeatEntry,
            List<String> groundFactIds,
            String groundsOverrideReason) {
        this(
                uscc,
                listingId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                decisionNo,
                decidedOn,
                expiresOn,
                repeatEntry,
                groundFactIds,
                groundsOverrideReason,
                null,
                null,
                null);
    }

    /** The revision-1 shape, without recorded grounds. */
    public EnterpriseBlacklisted(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn,
            LocalDate expiresOn,
            boolean repeatEntry) {
        this(
                uscc,
                listingId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                decisionNo,
                decidedOn,
                expiresOn,
                repeatEntry,
                List.of(),
                null,
                null,
                null,
                null);
    }

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}
