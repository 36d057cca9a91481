package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import com.safetycredit.ledger.rules.credit.RedListTerm;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The red-list criteria on the enterprise's record as stored: the same rule code as the candidates list. */
@Component
public class LedgerRedListCheck implements RedListCheck {

    private final EnterpriseRecords records;
    private final CreditRules rules;

    public LedgerRedListCheck(EnterpriseRecords records, CreditRules rules) {
        this.records = records;
        this.rules = rules;
    }

    @Override
    public RuleSet ruleSet() {
        return new RuleSet(
                rules.redList().id(),
                rules.redList().revision(),
                rules.redList().lookBackYears(),
                rules.redList().termYears());
    }

    @Override
    public RedListCriteria.Check check(String uscc, LocalDate day) {
        EnterpriseRecord record = records.load(uscc).orElseGet(EnterpriseRecord::new);
        return RedListCriteria.check(record, day, rules);
    }

    @Override
    public List<Evidence> adverseFactsInTerm(String uscc, LocalDate decidedOn, LocalDate until) {
        return RedListTerm.adverseFacts(records.load(uscc).orElseGet(EnterpriseRecord::new), decidedOn, until);
    }
}
