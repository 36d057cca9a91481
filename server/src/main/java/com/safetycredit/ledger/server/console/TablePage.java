package com.safetycredit.ledger.server.console;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a console table: sorted by a column the clerk chose (Chinese text in pinyin order), cut into pages of
 * the size chosen, with the page numbers to jump to. Every table of the console shows its rows through this.
 *
 * @param sort the column sorted by ({@code null}: the read model's order)
 * @param descending whether from the largest
 */
public record TablePage<T>(
        List<T> items, int page, int size, int total, String sort, boolean descending, List<Integer> pages) {

    /** The page sizes a clerk can choose. */
    public static final List<Integer> SIZES = List.of(20, 50, 100);

    private static final Collator CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    /**
     * The page {@code page} (from 0) of {@code rows} sorted by {@code sort} — one of {@code columns}, else unsorted;
     * a size not offered becomes the nearest offered one, a page past the end the last.
     */
    public static <T> TablePage<T> of(
            List<T> rows,
            Map<String, Function<T, String>> columns,
            String sort,
            String dir,
            Integer page,
            Integer size) {
        int pageSize = SIZES.stream()
                .filter(s -> size != null && s >= size)
                .findFirst()
                .orElse(size == null ? SIZES.get(0) : SIZES.get(SIZES.size() - 1));
        boolean descending = "desc".equals(dir);
        Function<T, String> key = sort == null ? null : columns.get(sort);
        List<T> ordered = rows;
        if (key != null) {
            Comparator<T> byKey = Comparator.comparing(r -> nonNull(key.apply(r)), CHINESE::compare);
            ordered =
                    rows.stream().sorted(descending ? byKey.reversed() : byKey).toList();
        }
        int lastPage = Math.max(0, (ordered.size() - 1) / pageSize);
        int current = Math.min(Math.max(page == null ? 0 : page, 0), lastPage);
        int from = current * pageSize;
        return new TablePage<>(
                ordered.subList(from, Math.min(from + pageSize, ordered.size())),
                current,
                pageSize,
                ordered.size(),
                key == null ? null : sort,
                descending,
                IntStream.rangeClosed(0, lastPage).boxed().toList());
    }

    /** The direction a click on {@code column}'s heading sorts in: ascending, or the other way if sorted by it. */
    public String nextDir(String column) {
        return column.equals(sort) && !descending ? "desc" : "asc";
    }

    /** The arrow beside a heading sorted by. */
    public String arrow(String column) {
        return column.equals(sort) ? (descending ? " ▼" : " ▲") : "";
    }

    /** The address of a table's page with its filters ({@code null}s left out), for sort and page links to extend. */
    public static String base(String path, Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
