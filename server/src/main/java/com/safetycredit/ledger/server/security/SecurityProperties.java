package com.safetycredit.ledger.server.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the ledger ({@code ledger.security.*}).
 *
 * @param users staff and agency accounts for HTTP Basic; passwords as hashes ({@code {bcrypt}$2a$…}); a
 *              {@code {noop}} password is hashed before it is stored, for tests and first set-ups only
 * @param jwt   an OAuth2/OIDC issuer for production; when set, bearer tokens are accepted too
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(@DefaultValue List<User> users, @DefaultValue Jwt jwt) {

    /** A configured account. Roles: REGISTRAR, REVIEWER, AUDITOR, AGENCY, ADMIN. */
    public record User(String name, String password, List<String> roles, String department) {}

    /**
     * @param issuerUri       the issuer; empty: no JWTs
     * @param rolesClaim      the claim holding the ledger roles
     * @param departmentClaim the claim naming the user's department
     */
    public record Jwt(
            String issuerUri,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("department") String departmentClaim) {}
}
