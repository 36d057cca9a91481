package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.rules.credit.Evidence;
import java.util.List;

/**
 * An enterprise as a list or search shows it, on one valid date.
 *
 * @param statusSince the first day of the current status interval ({@code null}: since the beginning)
 * @param statusUntil the first day it no longer holds, if known ({@code null}: open-ended)
 * @param listedOn on the black list: the day the listing in force on that date was decided (起始日)
 * @param listedUntil on the black list: the day that listing ends — its expiry, or an earlier removal (截止日)
 * @param redListCandidate the red-list rule set holds on the day and no decision is in force (RULES.md §12)
 */
public record ProfileSummary(
        String uscc,
        String name,
        String industry,
        String regionCode,
        String status,
        String grade,
        String statusSince,
        String statusUntil,
        List<Evidence> reasons,
        String listedOn,
        String listedUntil,
        boolean redListCandidate) {}
