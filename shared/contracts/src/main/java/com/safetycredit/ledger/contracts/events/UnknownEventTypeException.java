package com.safetycredit.ledger.contracts.events;

/** An event class or stored type name that the registry does not know. */
public class UnknownEventTypeException extends IllegalArgumentException {
    public UnknownEventTypeException(String message) {
        super(message);
    }
}
