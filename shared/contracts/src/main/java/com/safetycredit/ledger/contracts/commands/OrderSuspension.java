package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an order to stop production and rectify (责令停产整改). */
public record OrderSuspension(
        @TargetAggregateIdentifier String uscc,
        String orderId,
        LocalDate orderedOn,
        String decisionNo,
        String reason) {}
