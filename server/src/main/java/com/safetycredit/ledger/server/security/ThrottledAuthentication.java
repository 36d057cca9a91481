package com.safetycredit.ledger.server.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Name-and-password sign-in (HTTP Basic and the console's form): first the throttle, then the cache of
 * credentials verified a moment ago, and only then the bcrypt check of the stored hash. A failure counts
 * against the account and the address.
 */
public class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;

    public ThrottledAuthentication(
            AuthenticationProvider passwords, LoginThrottle throttle, VerifiedCredentials verified) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        var known = verified.find(name, password);
        if (known.isPresent()) {
            return known.get();
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (throttle.blocked(name, address)) {
            throw new ThrottledException("Too many failed sign-ins for this account or from this address; wait "
                    + throttle.window().toMinutes() + " minutes");
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            verified.remember(name, password, authenticated);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
