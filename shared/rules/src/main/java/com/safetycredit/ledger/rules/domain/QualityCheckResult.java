package com.safetycredit.ledger.rules.domain;

/** The outcome of a quality spot check (质量抽查) of an agency's work. */
public enum QualityCheckResult {
    PASSED("合格"),
    DEFECTS("基本合格（限期整改）"),
    FAILED("不合格");

    private final String label;

    QualityCheckResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
