package com.safetycredit.ledger.query.history;

import java.util.List;

/** The answer of {@code GET /api/v1/enterprises/{uscc}/history}. */
public record EnterpriseHistory(String uscc, List<HistoryEntry> events) {}
