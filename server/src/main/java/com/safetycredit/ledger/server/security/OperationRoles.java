package com.safetycredit.ledger.server.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Who may call an endpoint, read off the filter chains themselves: for each grantable role (and for nobody
 * signed in) the security configuration is asked whether a request to the path would pass. The API
 * description shows exactly what {@link SecurityConfiguration} enforces, with no second table to keep.
 */
public class OperationRoles {

    /** The header an agency's API key travels in. */
    public static final String API_KEY_HEADER = ApiKeyFilter.HEADER;

    /** What the configuration allows on one path. {@code open}: without signing in. */
    public record Access(boolean open, Set<String> roles) {

        /** Roles that belong to no bureau's staff: other agencies and departments. */
        public boolean outside() {
            return roles.stream()
                    .anyMatch(role -> !Set.of(SecurityConfiguration.STAFF).contains(role));
        }
    }

    private final WebInvocationPrivilegeEvaluator evaluator;

    public OperationRoles(WebInvocationPrivilegeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * @param method       the HTTP method
     * @param pathTemplate the path as the API description writes it, {@code {uscc}} and all; each variable is
     *                     replaced by a plain segment, as any concrete request would fill it
     */
    public Access of(String method, String pathTemplate) {
        String path = pathTemplate.replaceAll("\\{[^}/]+}", "x");
        if (evaluator.isAllowed("", path, method, anonymous())) {
            return new Access(true, Set.of());
        }
        Set<String> roles = new TreeSet<>();
        for (String role : grantable()) {
            Authentication holder = UsernamePasswordAuthenticationToken.authenticated(
                    "role-probe", null, AuthorityUtils.createAuthorityList("ROLE_" + role));
            if (evaluator.isAllowed("", path, method, holder)) {
                roles.add(role);
            }
        }
        return new Access(false, roles);
    }

    /** The roles an account can be given. */
    public static List<String> grantable() {
        return Accounts.ROLES.stream().sorted().toList();
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken(
                "role-probe", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
}
