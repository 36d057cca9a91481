package com.safetycredit.ledger.query.export;

import com.safetycredit.ledger.query.export.Spreadsheet.Column;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.labels.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a list or a search of enterprises, shared by CSV and Excel: every code by its label (a region by
 * its name, an industry by its GB/T 4754 name, a status by its words). On the black list the dates are the
 * listing's own (列入日期, 移出日期); elsewhere the status interval's.
 */
public final class EnterpriseColumns {

    private EnterpriseColumns() {}

    public static List<Column<ProfileSummary>> of(boolean blackList, Locale locale) {
        List<Column<ProfileSummary>> columns = new ArrayList<>();
        columns.add(column("uscc", 22, ProfileSummary::uscc, locale));
        columns.add(column("name", 36, ProfileSummary::name, locale));
        columns.add(column("region", 14, p -> region(p.regionCode(), locale), locale));
        columns.add(column("industry", 16, p -> Labels.label("industry", p.industry(), locale), locale));
        columns.add(column("status", 10, p -> Labels.label("status", p.status(), locale), locale));
        columns.add(column("grade", 8, p -> Labels.label("creditGrade", p.grade(), locale), locale));
        if (blackList) {
            columns.add(column("listedOn", 12, ProfileSummary::listedOn, locale));
            columns.add(column("listedUntil", 12, ProfileSummary::listedUntil, locale));
        } else {
            columns.add(column("since", 12, ProfileSummary::statusSince, locale));
            columns.add(column("until", 12, ProfileSummary::statusUntil, locale));
        }
        columns.add(column(
                "reasons",
                60,
                p -> p.reasons().stream().map(Evidence::message).collect(Collectors.joining("；")),
                locale));
        columns.add(column(
                "positions",
                14,
                p -> p.reasons().stream()
                        .flatMap(r -> r.positions().stream())
                        .map(String::valueOf)
                        .collect(Collectors.joining(" ")),
                locale));
        return columns;
    }

    /** A region by its name (a code the reference data lacks stays as it is). */
    public static String region(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return Labels.find("region." + code, locale)
                .or(() -> Regions.lookup(code).map(Regions.Region::name))
                .orElse(code);
    }

    private static Column<ProfileSummary> column(
            String key, int width, Function<ProfileSummary, String> cell, Locale locale) {
        return new Column<>(Labels.text("column." + key, locale), width, cell);
    }
}
