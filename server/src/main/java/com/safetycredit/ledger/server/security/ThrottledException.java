package com.safetycredit.ledger.server.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address: refused without checking the password. */
public class ThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public ThrottledException(String message) {
        super(message);
    }
}
