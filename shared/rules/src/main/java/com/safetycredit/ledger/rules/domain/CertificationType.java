package com.safetycredit.ledger.rules.domain;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The certifications the ledger records (API.md), with the levels each accepts. */
public enum CertificationType {
    /** 安全生产标准化, levels 一级 (1, highest) to 三级 (3); certificates valid 3 years (RULES.md §5). */
    STANDARDIZATION(Set.of("1", "2", "3"), 3),
    /** 双重预防机制 "七个一" acceptance. */
    DUAL_PREVENTION(Set.of(), 0),
    /** 安全生产示范企业. */
    DEMONSTRATION_ENTERPRISE(Set.of(), 0),
    /** 安全文化建设示范单位, by the level that named it. */
    SAFETY_CULTURE_UNIT(Set.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY"), 0),
    /** 注册安全工程师 registered at the enterprise; carries the person (name and masked id). */
    REGISTERED_SAFETY_ENGINEER(Set.of(), 0);

    private final Set<String> levels;
    private final int defaultValidityYears;

    CertificationType(Set<String> levels, int defaultValidityYears) {
        this.levels = levels;
        this.defaultValidityYears = defaultValidityYears;
    }

    public Set<String> levels() {
        return levels;
    }

    /** The refusal of {@code level} for this type, or empty when it is acceptable. */
    public Optional<InvalidInputException> levelProblem(String level) {
        LedgerProblem.Label type = new LedgerProblem.Label("enum.CertificationType", name());
        if (levels.isEmpty()) {
            return level == null || level.isBlank()
                    ? Optional.empty()
                    : Optional.of(new InvalidInputException("level-not-allowed", "level", type, level));
        }
        return level != null && levels.contains(level)
                ? Optional.empty()
                : Optional.of(new InvalidInputException(
                        "level-needed",
                        "level",
                        type,
                        levels.stream()
                                .sorted()
                                .map(l -> new LedgerProblem.Label("level", l))
                                .toList()));
    }

    public Optional<LocalDate> defaultExpiry(LocalDate issuedOn) {
        return defaultValidityYears == 0 ? Optional.empty() : Optional.of(issuedOn.plusYears(defaultValidityYears));
    }
}
