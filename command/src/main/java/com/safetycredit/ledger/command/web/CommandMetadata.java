package com.safetycredit.ledger.command.web;

import static com.safetycredit.ledger.shared.events.EventMetadata.*;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who did what: the metadata every command (and so every event it causes) carries. The actor comes from
 * the authenticated principal, never from the request body.
 */
public final class CommandMetadata {

    private CommandMetadata() {
    }

    public static MetaData from(HttpServletRequest request, String idempotencyKey) {
        Map<String, String> values = new HashMap<>();
        Principal principal = request.getUserPrincipal();
        values.put(ACTOR, principal == null ? "anonymous" : principal.getName());
        values.put(ROLE, roleOf(principal));
        String requestId = request.getHeader("X-Request-Id");
        values.put(REQUEST_ID, requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId);
        values.put(CLIENT_ADDRESS, request.getRemoteAddr());
        if (idempotencyKey != null) {
            values.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }

    /** Roles arrive with access control; until then a request is recorded as unauthenticated. */
    private static String roleOf(Principal principal) {
        return principal == null ? "UNAUTHENTICATED" : "AUTHENTICATED";
    }
}
