package com.safetycredit.ledger.server.security;

import java.util.function.BiPredicate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Name-and-password sign-in (HTTP Basic and the console's form): first the throttle, then the cache of
 * credentials verified a moment ago (if the account is still enabled and has the same password), and only
 * then the bcrypt check of the stored hash. A failure counts against the account and the address.
 */
public class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final BiPredicate<String, String> stillSignsIn;

    /** @param stillSignsIn whether an account (name) is enabled and still has the password of a stamp */
    public ThrottledAuthentication(
            AuthenticationProvider passwords,
            LoginThrottle throttle,
            VerifiedCredentials verified,
            BiPredicate<String, String> stillSignsIn) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.verified = verified;
        this.stillSignsIn = stillSignsIn;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        var known = verified.find(name, password);
        if (known.isPresent()) {
            if (stillSignsIn.test(name, known.get().stamp())) {
                return known.get().authentication();
            }
            // disabled, or a new password since: checked afresh below, as if never remembered
            verified.forget(name, password);
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
            if (authenticated.getPrincipal() instanceof LedgerUsers.LedgerUser user) {
                verified.remember(name, password, authenticated, user.stamp());
            }
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
