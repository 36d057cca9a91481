package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The arithmetic of a console table's page: sizes offered, pages shown, links that keep the sort. */
class TablePageTest {

    static final List<String> ROWS = IntStream.rangeClosed(1, 205)
            .mapToObj(i -> String.format("%03d", i))
            .toList();
    static final Map<String, Function<String, String>> COLUMNS = Map.of("n", Function.identity());

    @Test
    void aSizeNotOfferedBecomesTheNearestOfferedOneAboveAndNoneTheSmallest() {
        assertThat(TablePage.sizeOf(null)).isEqualTo(20);
        assertThat(TablePage.sizeOf(1)).isEqualTo(20);
        assertThat(TablePage.sizeOf(20)).isEqualTo(20);
        assertThat(TablePage.sizeOf(21)).isEqualTo(50);
        assertThat(TablePage.sizeOf(100)).isEqualTo(100);
        assertThat(TablePage.sizeOf(101)).isEqualTo(100);
    }

    @Test
    void thePagesCoverEveryRowOnceAndAPagePastTheEndIsTheLast() {
        TablePage<String> last = TablePage.of(ROWS, COLUMNS, "n", "desc", 99, 20);
        assertThat(last.pages()).hasSize(11);
        assertThat(last.page()).isEqualTo(10);
        assertThat(last.items()).containsExactly("005", "004", "003", "002", "001");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        TablePage<String> first = TablePage.of(ROWS, COLUMNS, "n", "desc", -1, 20);
        assertThat(first.page()).isZero();
        assertThat(first.items()).startsWith("205", "204");
        assertThat(first.hasPrevious()).isFalse();
        assertThat(TablePage.of(List.<String>of(), COLUMNS, null, null, 3, 20).pages())
                .containsExactly(0);
    }

    @Test
    void theFirstAndLastTwoPagesAndTwoEitherSideOfTheCurrentAreShownWithGapsMarked() {
        TablePage<String> middle = TablePage.of(ROWS, COLUMNS, null, null, 5, 20);
        List<Integer> shown = middle.pages().stream().filter(middle::shown).toList();
        assertThat(shown).containsExactly(0, 1, 3, 4, 5, 6, 7, 9, 10);
        assertThat(middle.pages().stream().filter(middle::gapAfter).toList()).containsExactly(1, 7);
    }

    @Test
    void aPageLinkKeepsTheFiltersTheSortAndTheSize() {
        TablePage<String> page = TablePage.of(ROWS, COLUMNS, "n", "desc", 0, 50);
        String base = TablePage.base("/enterprises/X", Map.of("validAt", "2024-06-01"));
        assertThat(page.href(base, 3, "event-7"))
                .isEqualTo("/enterprises/X?validAt=2024-06-01&page=3&size=50&sort=n&dir=desc#event-7");
        TablePage<String> unsorted = TablePage.of(ROWS, COLUMNS, "unknown", null, 0, 20);
        assertThat(unsorted.sort()).as("a column not offered sorts nothing").isNull();
        assertThat(unsorted.href("/x", 1, "a")).isEqualTo("/x?page=1&size=20#a");
    }

    @Test
    void aTableOfAPageOfSeveralReadsAndReplacesOnlyItsOwnParameters() {
        Map<String, String> params = Map.of(
                "historySort",
                "n",
                "historyDir",
                "desc",
                "historyPage",
                "2",
                "servicesPage",
                "x",
                "servicesSize",
                "50");
        TablePage<String> history = TablePage.of("history", ROWS, COLUMNS, params);
        TablePage<String> services = TablePage.of("services", ROWS, COLUMNS, params);
        assertThat(history.items().get(0)).isEqualTo("165");
        assertThat(services.page())
                .as("a page that is not a number is the first")
                .isZero();
        assertThat(services.size()).isEqualTo(50);
        assertThat(history.id("page-next")).isEqualTo("history-page-next");

        String base = TablePage.base("/agencies/X", services.state());
        assertThat(history.pageHref(base, 3))
                .isEqualTo("/agencies/X?servicesPage=0&servicesSize=50&historyPage=3&historySize=20&historySort=n"
                        + "&historyDir=desc");
        String other = TablePage.base("/agencies/X", history.state());
        assertThat(services.sortHref(other, "n"))
                .as("sorting returns to the first page, the other table stays where it is")
                .isEqualTo("/agencies/X?historyPage=2&historySize=20&historySort=n&historyDir=desc&servicesSize=50"
                        + "&servicesSort=n&servicesDir=asc");
        assertThat(services.sizeHref(other, 100)).endsWith("&servicesSize=100");
    }
}
