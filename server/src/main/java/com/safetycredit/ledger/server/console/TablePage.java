package com.safetycredit.ledger.server.console;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * @param name the table's name on a page of several ({@code ""} for a page's only table): its parameters are
 *     {@code <name>Sort}, {@code <name>Page}..., so that paging one table keeps the others where they are
 */
public record TablePage<T>(
        List<T> items,
        int page,
        int size,
        int total,
        String sort,
        boolean descending,
        List<Integer> pages,
        String name) {

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
        int pageSize = sizeOf(size);
        boolean descending = "desc".equals(dir);
        Function<T, String> key = sort == null ? null : columns.get(sort);
        List<T> ordered = sorted(rows, columns, sort, dir);
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
                IntStream.rangeClosed(0, lastPage).boxed().toList(),
                "");
    }

    /**
     * The table {@code name} of a page of several, as the request's {@code params} ask for it ({@code <name>Sort},
     * {@code <name>Dir}, {@code <name>Page}, {@code <name>Size}; a number that is not one is not asked for).
     */
    public static <T> TablePage<T> of(
            String name, List<T> rows, Map<String, Function<T, String>> columns, Map<String, String> params) {
        TablePage<T> table = of(
                rows,
                columns,
                params.get(param(name, "sort")),
                params.get(param(name, "dir")),
                number(params.get(param(name, "page"))),
                number(params.get(param(name, "size"))));
        return new TablePage<>(
                table.items, table.page, table.size, table.total, table.sort, table.descending, table.pages, name);
    }

    /** The name of this table's parameter {@code what} (sort, dir, page, size). */
    public String param(String what) {
        return param(name, what);
    }

    /** An element id of this table's heading or pager ({@code sort-name}, {@code page-next}), prefixed by its name. */
    public String id(String what) {
        return name.isEmpty() ? what : name + "-" + what;
    }

    /** Where this table is now (its page, size and sort), for the links of the page's other tables to keep. */
    public Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put(param("page"), String.valueOf(page));
        state.put(param("size"), String.valueOf(size));
        if (sort != null) {
            state.put(param("sort"), sort);
            state.put(param("dir"), descending ? "desc" : "asc");
        }
        return state;
    }

    /** The page size offered nearest above {@code size} (the smallest when none is asked for). */
    public static int sizeOf(Integer size) {
        return SIZES.stream()
                .filter(s -> size != null && s >= size)
                .findFirst()
                .orElse(size == null ? SIZES.get(0) : SIZES.get(SIZES.size() - 1));
    }

    /** {@code rows} in the order a table sorted by {@code sort} shows them (as given when not one of columns). */
    public static <T> List<T> sorted(List<T> rows, Map<String, Function<T, String>> columns, String sort, String dir) {
        Function<T, String> key = sort == null ? null : columns.get(sort);
        if (key == null) {
            return rows;
        }
        Comparator<T> byKey = Comparator.comparing(r -> nonNull(key.apply(r)), CHINESE::compare);
        return rows.stream()
                .sorted("desc".equals(dir) ? byKey.reversed() : byKey)
                .toList();
    }

    /** A value as a sort key: a date as its ISO text (so text order is date order), nothing as empty. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The direction a click on {@code column}'s heading sorts in: ascending, or the other way if sorted by it. */
    public String nextDir(String column) {
        return column.equals(sort) && !descending ? "desc" : "asc";
    }

    /** Whether there is a page before this one. */
    public boolean hasPrevious() {
        return page > 0;
    }

    /** Whether there is a page after this one. */
    public boolean hasNext() {
        return page < pages.size() - 1;
    }

    /** The page numbers shown as links: the first and last two, and two either side of this one. */
    public boolean shown(int number) {
        return number < 2 || number > pages.size() - 3 || Math.abs(number - page) <= 2;
    }

    /** Whether a gap of hidden page numbers comes right after {@code number}. */
    public boolean gapAfter(int number) {
        return shown(number) && number + 1 < pages.size() && !shown(number + 1);
    }

    /** The address of page {@code number} (from 0) of this table as sorted now, ending in {@code anchor}. */
    public String href(String base, int number, String anchor) {
        return link(base, number, size, sort, descending)
                .fragment(anchor)
                .build()
                .toUriString();
    }

    /** The address of page {@code number} (from 0) of this table as sorted now. */
    public String pageHref(String base, int number) {
        return link(base, number, size, sort, descending).build().toUriString();
    }

    /** The address of this table's first page sorted by {@code column}, in the direction a click on it sorts. */
    public String sortHref(String base, String column) {
        return link(base, null, size, column, "desc".equals(nextDir(column)))
                .build()
                .toUriString();
    }

    /** The address of this table's first page in pages of {@code rows}, sorted as now. */
    public String sizeHref(String base, int rows) {
        return link(base, null, rows, sort, descending).build().toUriString();
    }

    /** {@code base} with this table's own parameters replaced (those of the page's other tables kept). */
    private UriComponentsBuilder link(String base, Integer number, int rows, String column, boolean down) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base)
                .replaceQueryParam(param("page"), number == null ? new Object[0] : new Object[] {number})
                .replaceQueryParam(param("size"), rows)
                .replaceQueryParam(param("sort"), column == null ? new Object[0] : new Object[] {column})
                .replaceQueryParam(param("dir"), column == null ? new Object[0] : new Object[] {down ? "desc" : "asc"});
        return uri;
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

    private static String param(String name, String what) {
        return name.isEmpty() ? what : name + Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
