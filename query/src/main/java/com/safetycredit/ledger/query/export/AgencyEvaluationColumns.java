package com.safetycredit.ledger.query.export;

import com.safetycredit.ledger.query.agency.AgencyProfiles.EvaluationList;
import com.safetycredit.ledger.query.export.Spreadsheet.Column;
import com.safetycredit.ledger.rules.agency.AgencyEvaluation.Result;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.labels.Labels;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the agencies' evaluation list, shared by CSV and Excel: the region by its name, each aspect's
 * score, the grade by its label, what cost points as the clerk reads it, and the evaluation rules the year was
 * computed by.
 */
public final class AgencyEvaluationColumns {

    private AgencyEvaluationColumns() {}

    public static List<Column<Result>> of(EvaluationList list, Locale locale) {
        return List.of(
                column("year", 8, r -> Integer.toString(r.year()), locale),
                column("uscc", 22, Result::uscc, locale),
                column("agencyName", 30, Result::name, locale),
                column("region", 14, r -> EnterpriseColumns.region(r.regionCode(), locale), locale),
                column(
                        "basicManagement",
                        10,
                        r -> Integer.toString(r.basicManagement().score()),
                        locale),
                column(
                        "serviceQuality",
                        10,
                        r -> Integer.toString(r.serviceQuality().score()),
                        locale),
                column(
                        "practicePerformance",
                        10,
                        r -> Integer.toString(r.practicePerformance().score()),
                        locale),
                column("score", 8, r -> Integer.toString(r.score()), locale),
                column(
                        "evaluationGrade",
                        12,
                        r -> r.gradeLabel() + (r.grade() == null ? "" : "（" + r.grade() + "）"),
                        locale),
                column("deductions", 60, AgencyEvaluationColumns::deductions, locale),
                column("evaluationRules", 40, r -> list.modelLabel(), locale));
    }

    /** The reasons and every aspect's deductions, in the words of the evaluation. */
    private static String deductions(Result r) {
        return Stream.of(
                        r.reasons(),
                        r.basicManagement().deductions(),
                        r.serviceQuality().deductions(),
                        r.practicePerformance().deductions())
                .flatMap(List::stream)
                .map(Evidence::message)
                .collect(Collectors.joining("；"));
    }

    private static Column<Result> column(String key, int width, Function<Result, String> cell, Locale locale) {
        return new Column<>(Labels.text("column." + key, locale), width, cell);
    }
}
