package com.safetycredit.ledger.contracts.events.accident;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The enterprise was found to have concealed, falsely reported, reported late or left out an accident
 * (瞒报、谎报、迟报、漏报; 生产安全事故报告和调查处理条例 第三十五、三十六条), by the decision {@code decisionNo}.
 * It revokes a standardization certificate (RULES.md §5); concealment and false reporting ground listing basis 4.
 *
 * @param kind a {@code ReportingViolation} code
 */
@LedgerEvent(name = "AccidentReportingViolationFound", revision = 1)
public record AccidentReportingViolationFound(
        String uscc, String accidentId, String kind, LocalDate decidedOn, String decisionNo, String summary)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}
