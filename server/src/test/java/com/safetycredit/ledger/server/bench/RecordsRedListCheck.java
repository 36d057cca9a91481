package com.safetycredit.ledger.server.bench;

import com.safetycredit.ledger.command.enterprise.RedListCheck;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import com.safetycredit.ledger.rules.credit.RedListRules;
import com.safetycredit.ledger.rules.credit.RedListTerm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The red-list check of a harness without a store: the shipped rule set over the records the harness keeps. */
final class RecordsRedListCheck implements RedListCheck {

    private static final CreditRules RULES = CreditRules.shipped();

    private final Map<String, EnterpriseRecord> records;

    RecordsRedListCheck(Map<String, EnterpriseRecord> records) {
        this.records = records;
    }

    @Override
    public RuleSet ruleSet() {
        RedListRules rules = RULES.redList();
        return new RuleSet(rules.id(), rules.revision(), rules.lookBackYears(), rules.termYears());
    }

    @Override
    public RedListCriteria.Check check(String uscc, LocalDate day) {
        return RedListCriteria.check(records.getOrDefault(uscc, new EnterpriseRecord()), day, RULES);
    }

    @Override
    public List<Evidence> adverseFactsInTerm(String uscc, LocalDate decidedOn, LocalDate until) {
        return RedListTerm.adverseFacts(records.getOrDefault(uscc, new EnterpriseRecord()), decidedOn, until);
    }
}
