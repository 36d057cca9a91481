package com.safetycredit.ledger.contracts.events;

import java.util.List;
import java.util.Set;

/** Who did what: the metadata keys every command carries and every event it causes inherits. */
public final class EventMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String AUTHORITY = "authority";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    /** Copied from a command to the events it causes. */
    public static final List<String> ALL = List.of(ACTOR, ROLE, AUTHORITY, REQUEST_ID, CLIENT_ADDRESS, IDEMPOTENCY_KEY);

    /** What other agencies see: the client address stays inside the ledger. */
    public static final Set<String> PUBLIC = Set.of(ACTOR, ROLE, AUTHORITY, REQUEST_ID);

    private EventMetadata() {}
}
