package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The red-list rule set (default: 安监总办〔2017〕133号), a versioned data file. Local variants lower the
 * standardization requirement to 二级: change {@code requiredStandardizationLevel} in a new revision.
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
        List<String> notRecordedByTheLedger) {}
