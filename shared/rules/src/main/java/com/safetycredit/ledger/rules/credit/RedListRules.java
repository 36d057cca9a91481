package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The red-list rule set (default: 安监总办〔2017〕133号), a versioned data file. Local variants lower the
 * standardization requirement to 二级: change {@code requiredStandardizationLevel} in a new revision. Revision 2
 * checks what the ledger now records: a public commitment, other departments' severe lists, and 重点关注.
 *
 * @param decisionTermYears         how long a decision (认定) is in force unless revoked or lost
 * @param publicCommitmentRequired  a public credit commitment made within the look-back (null: not checked)
 * @param partnerListsChecked       not on another department's severe list on the day (null: not checked)
 * @param notUnderWatch             not 重点关注 on the day (null: not checked)
 */
@JsonIgnoreProperties({"_source", "_note"})
public record RedListRules(
        int schemaVersion,
        String id,
        int revision,
        String label,
        int lookBackYears,
        String requiredStandardizationLevel,
        Map<String, String> criteria,
        List<String> notRecordedByTheLedger,
        Integer decisionTermYears,
        Boolean publicCommitmentRequired,
        Boolean partnerListsChecked,
        Boolean notUnderWatch) {

    public int termYears() {
        return decisionTermYears == null ? 3 : decisionTermYears;
    }
}
