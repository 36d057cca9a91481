package com.safetycredit.ledger.rules.domain;

/**
 * Why a certification was revoked (RULES.md §5), the {@code ground} of {@code CertificationRevoked}. Staff record
 * {@link #FALSE_MATERIALS} and {@link #OTHER} (or no ground); the ledger itself revokes a standardization
 * certificate on the other three. {@code FALSE_MATERIALS} also makes an award the certificate grounded
 * recoverable (RULES.md §7a).
 */
public enum RevocationGround {
    /** 提供虚假材料: the certificate was obtained with false materials. */
    FALSE_MATERIALS("提供虚假材料"),
    /** 发生生产安全亡人事故 while the certificate was valid. */
    FATAL_ACCIDENT("发生生产安全亡人事故"),
    /** 瞒报、谎报、迟报、漏报事故 found while the certificate was valid. */
    CONCEALED_ACCIDENT("事故瞒报、谎报、迟报或漏报"),
    /** 列入安全生产严重失信主体名单 while the certificate was valid. */
    BLACKLISTED("列入安全生产严重失信主体名单"),
    /** A revocation decision for a ground of its own. */
    OTHER("其他撤销决定");

    private final String label;

    RevocationGround(String label) {
        this.label = label;
    }

    /** The Chinese term a clerk reads. */
    public String label() {
        return label;
    }

    /** Whether staff may record this ground: the other grounds are the ledger's own. */
    public boolean recordedByStaff() {
        return this == FALSE_MATERIALS || this == OTHER;
    }

    /** The label of a stored ground; a decision that gave none is a 撤销决定. */
    public static String labelOf(String ground) {
        return ground == null ? "撤销决定" : valueOf(ground).label();
    }
}
