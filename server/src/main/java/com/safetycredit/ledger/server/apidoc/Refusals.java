package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.server.security.OperationRoles;
import com.safetycredit.ledger.server.web.RateLimits;
import io.swagger.v3.oas.models.Operation;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The refusals (RFC 7807 problems) an operation can answer, derived from what it takes and who may call it —
 * the same conditions under which the server's filters and handlers refuse — plus those its entry in
 * {@code operations.yml} names ({@code refusals}), which only the rules behind it know (409 already
 * registered, 403 another department's opinion…).
 */
final class Refusals {

    private Refusals() {}

    static SortedSet<Integer> of(
            String method, String path, Operation operation, OperationRoles.Access access, JsonNode entry) {
        SortedSet<Integer> statuses = new TreeSet<>();
        boolean body = operation.getRequestBody() != null;
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            statuses.add(400); // a constraint broken, a value of the wrong type, malformed JSON
        }
        if (!access.open()) {
            statuses.add(401); // no or wrong credentials
            statuses.add(403); // signed in without a role that may call it
        }
        if (path.contains("{")) {
            statuses.add(404); // what the path names is unknown
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            statuses.add(409); // the same Idempotency-Key with another body
        }
        if (body) {
            statuses.add(413); // over ledger.limits.max-body
            statuses.add(415); // not JSON
        }
        if (RateLimits.kind(method, path) != null || !access.open()) {
            statuses.add(429); // over its rate, or too many failed sign-ins (LoginThrottle)
        }
        statuses.add(500);
        if (entry != null && entry.has("refusals")) {
            entry.get("refusals").fieldNames().forEachRemaining(status -> statuses.add(Integer.parseInt(status)));
        }
        return statuses;
    }
}
