package com.safetycredit.ledger.rules.domain;

/** Safety investments an award policy can subsidise (API.md). */
public enum SafetyInvestmentType {
    /** 安全生产责任保险 premium paid for the policy year. */
    LIABILITY_INSURANCE,
    /** 智慧消防 system: install plus service cost. */
    SMART_FIRE_SYSTEM,
    /** 智慧用电 system: install plus service cost. */
    SMART_ELECTRICITY_SYSTEM
}
