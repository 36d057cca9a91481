package com.safetycredit.ledger.rules.domain;

/** 约谈通报 (Jiaxing 2016 opinion 十四): a summons to a talk, or a published notice of criticism. */
public enum InterviewKind {
    INTERVIEW("约谈"),
    NOTICE("通报批评");

    private final String label;

    InterviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
