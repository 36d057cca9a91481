package com.safetycredit.ledger.rules.domain;

/** Where a practitioner is employed (registered): an enterprise under supervision, or an agency. */
public enum EmployerKind {
    ENTERPRISE("企业"),
    AGENCY("中介机构");

    private final String label;

    EmployerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
