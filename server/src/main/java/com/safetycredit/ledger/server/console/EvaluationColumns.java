package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.rules.agency.AgencyEvaluation;
import com.safetycredit.ledger.rules.domain.Regions;
import java.util.Map;
import java.util.function.Function;

/**
 * What the columns of the agencies' evaluation sort by, on the staff's list and on the public one: names and regions
 * by their Chinese words, scores as numbers (an agency not rated has none and comes first), grades by their label.
 */
final class EvaluationColumns {

    /** The staff's list: every result with its aspects. */
    static final Map<String, Function<AgencyEvaluation.Result, String>> STAFF = Map.of(
            "uscc", AgencyEvaluation.Result::uscc,
            "name", AgencyEvaluation.Result::name,
            "region", r -> region(r.regionCode()),
            "basicManagement", r -> score(r.basicManagement()),
            "serviceQuality", r -> score(r.serviceQuality()),
            "practicePerformance", r -> score(r.practicePerformance()),
            "score", r -> r.rated() ? number(r.score()) : "",
            "grade", r -> TablePage.text(r.gradeLabel()));

    /** The public list: only the fields the publication rules name, as a map. */
    static final Map<String, Function<Map<String, Object>, String>> PUBLISHED = Map.of(
            "name", r -> TablePage.text(r.get("name")),
            "uscc", r -> TablePage.text(r.get("uscc")),
            "region", r -> region(TablePage.text(r.get("regionCode"))),
            "basicManagement", r -> publishedScore(r.get("basicManagement")),
            "serviceQuality", r -> publishedScore(r.get("serviceQuality")),
            "practicePerformance", r -> publishedScore(r.get("practicePerformance")),
            "score", r -> Boolean.TRUE.equals(r.get("rated")) ? number(r.get("score")) : "",
            "grade", r -> TablePage.text(r.get("gradeLabel")));

    private EvaluationColumns() {}

    private static String score(AgencyEvaluation.Aspect aspect) {
        return aspect == null ? "" : number(aspect.score());
    }

    private static String publishedScore(Object aspect) {
        return aspect instanceof Map<?, ?> fields ? number(fields.get("score")) : "";
    }

    /** A score as text that sorts as the number (scores are 0 to 100). */
    private static String number(Object score) {
        return score instanceof Number n ? String.format("%05d", n.intValue()) : "";
    }

    private static String region(String code) {
        return code == null
                ? ""
                : Regions.lookup(code).map(Regions.Region::name).orElse(code);
    }
}
