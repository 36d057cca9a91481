package com.safetycredit.ledger.rules.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules a blacklisting was made under; the management period comes from them. A listing is active on
 * {@code [decidedOn, expiresOn)}: it ends at the start of its expiry day.
 */
public enum ListingRegime {
    /** 应急管理部令第11号, in force 2023-10-01: 3 years; early removal (信用修复) after 12 months on the list. */
    MEM_ORDER_11_2023("应急管理部令第11号", LocalDate.of(2023, 10, 1), 3, 3, 12),
    /** 安监总办〔2017〕49号 joint punishment: 1 year; no early removal rule recorded. */
    SAWS_2017_49("安监总办〔2017〕49号", LocalDate.of(2017, 5, 23), 1, 1, 0),
    /** 安委办〔2015〕14号 blacklist: 1 year, 3 years for a repeat entry; abolished 2017-05-23. */
    SAWS_2015_14("安委办〔2015〕14号", LocalDate.of(2015, 1, 1), 1, 3, 0);

    private final String document;
    private final LocalDate inForceFrom;
    private final int years;
    private final int repeatYears;
    private final int earlyRemovalAfterMonths;

    ListingRegime(String document, LocalDate inForceFrom, int years, int repeatYears, int earlyRemovalAfterMonths) {
        this.document = document;
        this.inForceFrom = inForceFrom;
        this.years = years;
        this.repeatYears = repeatYears;
        this.earlyRemovalAfterMonths = earlyRemovalAfterMonths;
    }

    public String document() {
        return document;
    }

    /** The first day the listing is no longer active. */
    public LocalDate expiresOn(LocalDate decidedOn, boolean repeatEntry) {
        return decidedOn.plusYears(repeatEntry ? repeatYears : years);
    }

    /** The first day an early removal may be granted, if the regime allows one. */
    public Optional<LocalDate> earliestEarlyRemoval(LocalDate decidedOn) {
        return earlyRemovalAfterMonths == 0
                ? Optional.empty()
                : Optional.of(decidedOn.plusMonths(earlyRemovalAfterMonths));
    }

    /** The regime a new listing decided on {@code decidedOn} falls under. */
    public static ListingRegime inForceOn(LocalDate decidedOn) {
        if (!decidedOn.isBefore(MEM_ORDER_11_2023.inForceFrom)) {
            return MEM_ORDER_11_2023;
        }
        return decidedOn.isBefore(SAWS_2017_49.inForceFrom) ? SAWS_2015_14 : SAWS_2017_49;
    }
}
