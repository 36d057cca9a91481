package com.safetycredit.ledger.rules.domain;

/**
 * What a penalty decision says an assessment or testing agency did, when it punishes the conduct listing basis 7
 * names (应急管理部令第11号: 安全评价、检测检验等机构出借资质、挂靠或者出具虚假报告).
 */
public enum AgencyMisconduct {
    QUALIFICATION_LENT("出借资质"),
    AFFILIATION("允许他人挂靠"),
    FALSE_REPORT("出具虚假报告");

    private final String label;

    AgencyMisconduct(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
