package com.safetycredit.ledger.rules.credit;

import java.util.List;

/**
 * One reason behind a status or grade, with the ledger positions of the events it rests on.
 *
 * @param code      stable code, e.g. {@code ACTIVE_LISTING}
 * @param message   the reason as staff read it (Chinese)
 * @param positions ledger positions of the evidence
 */
public record Evidence(String code, String message, List<Long> positions) {}
