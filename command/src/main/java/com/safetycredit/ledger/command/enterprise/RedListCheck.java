package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether the red-list rule set holds for an enterprise on a day, on its record as the ledger holds it: injected into
 * the aggregate's handler, so aggregate tests can answer for themselves. The server's reads the enterprise's stored
 * events; any other command on the same enterprise meanwhile fails on the store's key, so the answer holds for the
 * decision it guards.
 */
public interface RedListCheck {

    /** The rule set a decision is checked against: its id, revision, look-back and term. */
    record RuleSet(String id, int revision, int lookBackYears, int termYears) {}

    RuleSet ruleSet();

    RedListCriteria.Check check(String uscc, LocalDate day);

    /** The adverse facts on record dated in {@code [decidedOn, until]}: any one would have ended a decision. */
    List<Evidence> adverseFactsInTerm(String uscc, LocalDate decidedOn, LocalDate until);
}
