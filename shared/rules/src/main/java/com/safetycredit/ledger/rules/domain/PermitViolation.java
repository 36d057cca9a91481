package com.safetycredit.ledger.rules.domain;

/**
 * What a penalty decision says about the enterprise's safety permit (安全生产许可) when it punishes operating
 * without it: the fact listing basis 6 needs (应急管理部令第11号: 未依法取得安全生产相关许可或者许可被暂扣、
 * 吊销期间从事相关生产经营活动).
 */
public enum PermitViolation {
    /** 未依法取得安全生产相关许可从事生产经营活动. */
    WITHOUT_PERMIT("未依法取得安全生产许可"),
    /** 许可被暂扣期间从事生产经营活动. */
    WHILE_SUSPENDED("安全生产许可被暂扣期间"),
    /** 许可被吊销后从事生产经营活动. */
    AFTER_REVOCATION("安全生产许可被吊销后");

    private final String label;

    PermitViolation(String label) {
        this.label = label;
    }

    /** The Chinese term a clerk reads. */
    public String label() {
        return label;
    }
}
