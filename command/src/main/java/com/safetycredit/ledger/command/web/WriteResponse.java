package com.safetycredit.ledger.command.web;

/**
 * What every write answers: the identifier of what was written and the global position of the last event it
 * appended (a cursor for the feed, a reference for auditors).
 */
public record WriteResponse(String id, Long position) {
}
