package com.safetycredit.ledger.contracts.events;

/** An event class or stored type name that the registry does not know. */
public class UnknownEventTypeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownEventTypeException(String message) {
        super(message);
    }
}
