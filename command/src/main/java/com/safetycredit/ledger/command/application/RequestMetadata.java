package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.contracts.events.EventMetadata.ACTOR;
import static com.safetycredit.ledger.contracts.events.EventMetadata.AUTHORITY;
import static com.safetycredit.ledger.contracts.events.EventMetadata.CLIENT_ADDRESS;
import static com.safetycredit.ledger.contracts.events.EventMetadata.IDEMPOTENCY_KEY;
import static com.safetycredit.ledger.contracts.events.EventMetadata.REQUEST_ID;
import static com.safetycredit.ledger.contracts.events.EventMetadata.ROLE;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;

/**
 * Who asks for a write, and through which door: what every command — and so every event it causes — records
 * as its metadata, and the idempotency key that makes a repeat harmless. Built by the API's argument resolver
 * from the HTTP request, or by the console from its form; never from a request body.
 *
 * @param actor          the authenticated principal, or {@code anonymous}
 * @param role           the most specific role the principal holds
 * @param department     the account's department (issuing authority), or {@code null}
 * @param requestId      the client's plain request id, or one of our own
 * @param idempotencyKey the client's {@code Idempotency-Key}, or {@code null}
 * @param target         where the request came in (method and path): a key reused elsewhere is refused
 */
public record RequestMetadata(
        String actor,
        String role,
        String department,
        String requestId,
        String clientAddress,
        String idempotencyKey,
        String target) {

    /** Request attribute where the security layer puts the principal's department. */
    public static final String DEPARTMENT_ATTRIBUTE = "ledger.department";
    /** The roles, most specific first: the one recorded is the first the principal holds. */
    private static final List<String> ROLES = List.of("REGISTRAR", "REVIEWER", "ADMIN", "AUDITOR", "AGENCY", "PARTNER");
    /** A client's request id is recorded for ever: only a plain token, else one of our own. */
    private static final Pattern PLAIN_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public static RequestMetadata of(
            Principal principal,
            Predicate<String> hasRole,
            Object department,
            String requestIdHeader,
            String clientAddress,
            String idempotencyKey,
            String target) {
        String role = ROLES.stream().filter(hasRole).findFirst().orElse(principal == null ? "UNAUTHENTICATED" : "NONE");
        String requestId = requestIdHeader == null
                        || !PLAIN_REQUEST_ID.matcher(requestIdHeader).matches()
                ? UUID.randomUUID().toString()
                : requestIdHeader;
        return new RequestMetadata(
                principal == null ? "anonymous" : principal.getName(),
                role,
                department == null ? null : department.toString(),
                requestId,
                clientAddress,
                idempotencyKey,
                target);
    }

    /** The same caller with the key of a form rather than a header. */
    public RequestMetadata withIdempotencyKey(String key) {
        return new RequestMetadata(actor, role, department, requestId, clientAddress, key, target);
    }

    /** The metadata the command carries into its events. */
    MetaData toMetaData() {
        Map<String, String> values = new HashMap<>();
        values.put(ACTOR, actor);
        values.put(ROLE, role);
        if (department != null) {
            values.put(AUTHORITY, department);
        }
        values.put(REQUEST_ID, requestId);
        values.put(CLIENT_ADDRESS, clientAddress);
        if (idempotencyKey != null) {
            values.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }
}
