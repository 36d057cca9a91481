package com.safetycredit.ledger.contracts.commands.practitioner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the erasure of the person's sealed fields; the key itself is destroyed once the event is stored. */
public record ErasePersonalData(
        @TargetAggregateIdentifier String practitionerId, String requestNo, String reason, LocalDate erasedOn) {}
