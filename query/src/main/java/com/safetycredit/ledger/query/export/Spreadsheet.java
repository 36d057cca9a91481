package com.safetycredit.ledger.query.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table as an Excel workbook (.xlsx): a bold, frozen header row of the columns' Chinese headings, then one row
 * per item, each cell the words a person reads (labels, not codes), each column as wide as its heading asks.
 * Every cell is written as text, so a value that looks like a formula or a number stays what it is.
 */
public final class Spreadsheet {

    /** A column: its heading, its width in characters, and the text of an item's cell. */
    public record Column<T>(String heading, int width, Function<T, String> cell) {}

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheet() {}

    /** The workbook of one sheet named {@code sheet}. */
    public static <T> byte[] of(String sheet, List<Column<T>> columns, List<T> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "SafetyCreditLedger", "1.0");
            Worksheet rows = workbook.newWorksheet(sheet);
            for (int c = 0; c < columns.size(); c++) {
                rows.value(0, c, columns.get(c).heading());
                rows.width(c, columns.get(c).width());
            }
            rows.range(0, 0, 0, columns.size() - 1)
                    .style()
                    .bold()
                    .fillColor("D9E1F2")
                    .set();
            rows.freezePane(0, 1);
            for (int r = 0; r < items.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    String value = columns.get(c).cell().apply(items.get(r));
                    if (value != null && !value.isEmpty()) {
                        rows.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same table as CSV: UTF-8 with a byte-order mark, so spreadsheet programs open the Chinese text right. */
    public static <T> byte[] csv(List<Column<T>> columns, List<T> items) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", columns.stream().map(Column::heading).toList()))
                .append("\r\n");
        for (T item : items) {
            csv.append(String.join(
                            ",",
                            columns.stream()
                                    .map(c -> cell(c.cell().apply(item)))
                                    .toList()))
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
