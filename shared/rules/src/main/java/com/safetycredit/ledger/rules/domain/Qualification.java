package com.safetycredit.ledger.rules.domain;

/**
 * What a practitioner is on record as (RULES.md §13), each keyed by the number of its registration or certificate.
 */
public enum Qualification {
    /** 注册安全工程师: keyed by the registration number; the Pinghu engineer award is theirs. */
    REGISTERED_SAFETY_ENGINEER("注册安全工程师"),
    /** 安全评价师: keyed by the assessor's certificate number; works for an assessment agency. */
    SAFETY_ASSESSOR("安全评价师"),
    /** 主要负责人: keyed by the 安全生产知识和管理能力考核合格证 number; the person 11号令 basis 5 speaks of. */
    PRINCIPAL("主要负责人");

    private final String label;

    Qualification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
