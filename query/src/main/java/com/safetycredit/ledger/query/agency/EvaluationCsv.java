package com.safetycredit.ledger.query.agency;

import com.safetycredit.ledger.rules.agency.AgencyEvaluation;
import com.safetycredit.ledger.rules.credit.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The evaluation list as CSV: UTF-8 with a byte-order mark, Chinese headers, formulas neutralised. */
public final class EvaluationCsv {

    private EvaluationCsv() {}

    public static byte[] of(AgencyProfiles.EvaluationList list) {
        StringBuilder csv = new StringBuilder("\uFEFF年度,统一社会信用代码,机构名称,区域,基础管理,服务质量,执业实绩,总分,等级,说明,评价办法\r\n");
        for (AgencyEvaluation.Result r : list.agencies()) {
            csv.append(String.join(
                            ",",
                            cell(Integer.toString(r.year())),
                            cell(r.uscc()),
                            cell(r.name()),
                            cell(r.regionCode()),
                            cell(Integer.toString(r.basicManagement().score())),
                            cell(Integer.toString(r.serviceQuality().score())),
                            cell(Integer.toString(r.practicePerformance().score())),
                            cell(Integer.toString(r.score())),
                            cell(r.gradeLabel() + (r.grade() == null ? "" : "（" + r.grade() + "）")),
                            cell(Stream.of(
                                            r.reasons(),
                                            r.basicManagement().deductions(),
                                            r.serviceQuality().deductions(),
                                            r.practicePerformance().deductions())
                                    .flatMap(l -> l.stream())
                                    .map(Evidence::message)
                                    .collect(Collectors.joining("；"))),
                            cell(list.modelLabel())))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a cell never runs as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
