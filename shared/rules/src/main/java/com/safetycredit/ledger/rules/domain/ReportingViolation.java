package com.safetycredit.ledger.rules.domain;

/**
 * How an accident report broke the duty to report (生产安全事故报告和调查处理条例 第三十五条: 迟报、漏报;
 * 第三十六条: 谎报、瞒报). Every kind revokes a standardization certificate (RULES.md §5: "concealed/late
 * accident reports"); only concealment and false reporting ground listing basis 4 (RULES.md §3: 瞒报/谎报).
 */
public enum ReportingViolation {
    /** 瞒报. */
    CONCEALED("瞒报"),
    /** 谎报. */
    FALSELY_REPORTED("谎报"),
    /** 迟报. */
    LATE("迟报"),
    /** 漏报. */
    OMITTED("漏报");

    public boolean groundsListingBasis4() {
        return this == CONCEALED || this == FALSELY_REPORTED;
    }

    private final String label;

    ReportingViolation(String label) {
        this.label = label;
    }

    /** The Chinese term a clerk reads. */
    public String label() {
        return label;
    }
}
