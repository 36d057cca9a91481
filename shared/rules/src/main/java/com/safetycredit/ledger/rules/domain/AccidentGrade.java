package com.safetycredit.ledger.rules.domain;

/**
 * Accident grade under 国务院令第493号 Art. 3: the highest grade that any one of deaths, serious injuries
 * (including acute industrial poisoning) and direct economic loss reaches. "以上" includes the boundary, so
 * exactly 3 deaths is LARGE and exactly 10 is MAJOR.
 */
public enum AccidentGrade {
    GENERAL("一般", 0, 0, 0),
    LARGE("较大", 3, 10, 10_000_000L),
    MAJOR("重大", 10, 50, 50_000_000L),
    EXTRAORDINARY("特别重大", 30, 100, 100_000_000L);

    private final String label;
    private final int deathsFrom;
    private final int seriousInjuriesFrom;
    private final long directLossYuanFrom;

    AccidentGrade(String label, int deathsFrom, int seriousInjuriesFrom, long directLossYuanFrom) {
        this.label = label;
        this.deathsFrom = deathsFrom;
        this.seriousInjuriesFrom = seriousInjuriesFrom;
        this.directLossYuanFrom = directLossYuanFrom;
    }

    public String label() {
        return label;
    }

    public static AccidentGrade of(int deaths, int seriousInjuries, long directLossYuan) {
        if (deaths < 0 || seriousInjuries < 0 || directLossYuan < 0) {
            throw new IllegalArgumentException("casualties and loss cannot be negative");
        }
        AccidentGrade[] grades = values();
        for (int i = grades.length - 1; i > 0; i--) {
            AccidentGrade grade = grades[i];
            if (deaths >= grade.deathsFrom
                    || seriousInjuries >= grade.seriousInjuriesFrom
                    || directLossYuan >= grade.directLossYuanFrom) {
                return grade;
            }
        }
        return GENERAL;
    }
}
