package com.safetycredit.ledger.command.web;

import static com.safetycredit.ledger.contracts.events.EventMetadata.*;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who did what: the metadata every command (and so every event it causes) carries. The actor comes from
 * the authenticated principal, never from the request body.
 */
public final class CommandMetadata {

    private CommandMetadata() {
    }

    /** The roles, most specific first: the one recorded is the first the principal holds. */
    private static final List<String> ROLES = List.of("REGISTRAR", "REVIEWER", "ADMIN", "AUDITOR", "AGENCY");
    /** Request attribute where the security layer puts the principal's department (issuing authority). */
    public static final String DEPARTMENT_ATTRIBUTE = "ledger.department";

    public static MetaData from(HttpServletRequest request, String idempotencyKey) {
        Map<String, String> values = new HashMap<>();
        Principal principal = request.getUserPrincipal();
        values.put(ACTOR, principal == null ? "anonymous" : principal.getName());
        values.put(ROLE, ROLES.stream().filter(request::isUserInRole).findFirst()
                .orElse(principal == null ? "UNAUTHENTICATED" : "NONE"));
        Object department = request.getAttribute(DEPARTMENT_ATTRIBUTE);
        if (department != null) {
            values.put(AUTHORITY, department.toString());
        }
        String requestId = request.getHeader("X-Request-Id");
        // a client's request id is recorded for ever: only a plain token, else one of our own
        values.put(REQUEST_ID, requestId == null || !requestId.matches("[A-Za-z0-9._:-]{1,64}")
                ? UUID.randomUUID().toString() : requestId);
        values.put(CLIENT_ADDRESS, request.getRemoteAddr());
        if (idempotencyKey != null) {
            values.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }

}
