package com.safetycredit.ledger.command;

import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import com.safetycredit.ledger.rules.procedure.ProcedureRules.WhileListed;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The procedure around a listing ({@code ledger.procedure.*}): the periods and choices RULES.md §11 leaves open.
 * See {@link ProcedureRules} for each.
 */
@ConfigurationProperties("ledger.procedure")
public record ProcedureSettings(
        @DefaultValue("5") int statementWorkingDays,
        @DefaultValue("2026-12-01") LocalDate noticeRequiredFrom,
        @DefaultValue("REFUSE") WhileListed whileListed,
        @DefaultValue("5") int objectionWorkingDays,
        @DefaultValue("20") int objectionExtendedWorkingDays) {

    public ProcedureRules rules() {
        return new ProcedureRules(
                statementWorkingDays,
                noticeRequiredFrom,
                whileListed,
                objectionWorkingDays,
                objectionExtendedWorkingDays);
    }
}
