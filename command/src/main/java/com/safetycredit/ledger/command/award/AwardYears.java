package com.safetycredit.ledger.command.award;

/** The id of the consistency boundary of one enterprise's awards under one policy in one policy year. */
public final class AwardYears {

    private AwardYears() {}

    public static String id(String uscc, String policyId, int policyYear) {
        return "awy-" + uscc + "-" + policyId + "-" + policyYear;
    }
}
