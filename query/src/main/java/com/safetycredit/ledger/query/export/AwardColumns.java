package com.safetycredit.ledger.query.export;

import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.query.export.Spreadsheet.Column;
import com.safetycredit.ledger.rules.labels.Labels;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the award book as a spreadsheet: every code by its label (award, status, recovery, department,
 * decision), money in yuan with fen, so the file reads as the console's 奖励资金 page does.
 */
public final class AwardColumns {

    private AwardColumns() {}

    public static List<Column<AwardBook.Award>> of(Locale locale) {
        return List.of(
                column("uscc", 22, AwardBook.Award::uscc, locale),
                column("awardType", 30, a -> Labels.label("award", a.awardType(), locale), locale),
                column("policyYear", 10, a -> String.valueOf(a.policyYear()), locale),
                column("appliedOn", 12, AwardBook.Award::appliedOn, locale),
                column("awardStatus", 10, a -> Labels.label("awardStatus", a.status(), locale), locale),
                column("amountYuan", 14, a -> yuan(a.amountFen()), locale),
                column("decidedOn", 12, AwardBook.Award::decidedOn, locale),
                column("reviews", 50, a -> reviews(a, locale), locale),
                column("waitingFor", 40, a -> departments(a.waitingFor(), locale), locale),
                column(
                        "reasons",
                        50,
                        a -> a.reasons().stream().map(AwardBook.Reason::message).collect(Collectors.joining("；")),
                        locale),
                column(
                        "recovery",
                        12,
                        a -> a.recovery() == null ? "" : Labels.label("recovery", a.recovery(), locale),
                        locale),
                column("recoveryYuan", 14, a -> yuan(a.recoveryAmountFen()), locale));
    }

    /** Fen as yuan with two decimals and thousands separators (500000 → 5,000.00). */
    static String yuan(Long fen) {
        if (fen == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%,d.%02d", fen / 100, Math.abs(fen % 100));
    }

    private static String reviews(AwardBook.Award award, Locale locale) {
        return award.reviews().stream()
                .map(r -> Labels.label("department", r.department(), locale)
                        + "："
                        + Labels.label("enum.Decision", r.decision(), locale)
                        + (r.reason() == null ? "" : "（" + r.reason() + "）"))
                .collect(Collectors.joining("；"));
    }

    private static String departments(List<String> codes, Locale locale) {
        return codes == null
                ? ""
                : codes.stream().map(d -> Labels.label("department", d, locale)).collect(Collectors.joining("、"));
    }

    private static Column<AwardBook.Award> column(
            String key, int width, Function<AwardBook.Award, String> cell, Locale locale) {
        return new Column<>(Labels.text("column." + key, locale), width, cell);
    }
}
