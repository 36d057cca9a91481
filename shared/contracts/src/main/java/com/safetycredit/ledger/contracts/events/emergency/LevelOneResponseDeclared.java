package com.safetycredit.ledger.contracts.events.emergency;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A period of level-one emergency response (一级响应) entered in the calendar by an administrator: in
 * {@code regionCode} and every region within it, from {@code from} to {@code to} inclusive ({@code to == null}:
 * still in force). An accident in such a period bars the year's awards (平政发〔2020〕55号).
 */
@LedgerEvent(name = "LevelOneResponseDeclared", revision = 1)
public record LevelOneResponseDeclared(
        String periodId, String regionCode, LocalDate from, LocalDate to, String documentNo, String description) {}
