package com.safetycredit.ledger.rules.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jiaxing 2016 opinion 十四 (RULES.md §13): the agencies' evaluation results are published regularly — here, a year's
 * once it is over, for five years, with only the allow-listed fields of each result.
 */
class AgencyEvaluationPublicationTest {

    private final PublicationRules.AgencyEvaluation rules =
            PublicationRules.shipped().agencyEvaluation();

    @Test
    void aYearIsPublishedOnceItIsOverForFiveYears() {
        LocalDate newYearsDay = LocalDate.of(2026, 1, 1);
        assertThat(rules.published(2025, newYearsDay)).isTrue();
        assertThat(rules.published(2025, LocalDate.of(2025, 12, 31)))
                .as("the year is not over")
                .isFalse();
        assertThat(rules.published(2026, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(rules.published(2021, newYearsDay)).isTrue();
        assertThat(rules.published(2020, newYearsDay))
                .as("older than five years")
                .isFalse();
        assertThat(rules.published(2020, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(rules.firstYear(newYearsDay)).isEqualTo(2021);
        assertThat(rules.lastYear(newYearsDay)).isEqualTo(2025);
    }

    @Test
    void onlyTheAllowListedFieldsOfAResultArePublished() {
        Map<String, Object> result = Map.of(
                "uscc", "91330482MA00000001",
                "name", "平湖市示例安全评价有限公司",
                "regionCode", "330482",
                "rated", true,
                "score", 55,
                "grade", "D",
                "gradeLabel", "不合格",
                "reasons", List.of(Map.of("id", "pen-1", "text", "出具虚假报告")),
                "serviceQuality",
                        Map.of(
                                "label",
                                "服务质量",
                                "points",
                                40,
                                "score",
                                20,
                                "deductions",
                                List.of(Map.of("id", "chk-1"))),
                "model", "EXAMPLE_AGENCY_EVALUATION");
        Map<String, Object> published = rules.copy(result);
        assertThat(published)
                .containsOnlyKeys(
                        "uscc", "name", "regionCode", "rated", "score", "grade", "gradeLabel", "serviceQuality");
        assertThat(published.get("serviceQuality")).isEqualTo(Map.of("label", "服务质量", "points", 40, "score", 20));
        assertThat(published.toString()).doesNotContain("pen-1").doesNotContain("chk-1");
    }
}
