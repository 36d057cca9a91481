package com.safetycredit.ledger.command.application;

/**
 * A write's outcome: the answer, and whether it recorded something new (the API's 201) or acted on what
 * exists (200). A repeat with the same idempotency key answers the same.
 */
public record Written(boolean created, WriteResponse response) {}
