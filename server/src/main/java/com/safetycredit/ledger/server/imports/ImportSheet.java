package com.safetycredit.ledger.server.imports;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The rows of an import file: the first sheet, its first row the headings (the template's, in either language, in
 * any order), each further non-empty row a fact. A cell that cannot be read as its column's type is named, so the
 * row is refused with it rather than guessed.
 */
public final class ImportSheet {

    /** The most rows one file may bring. */
    public static final int MAX_ROWS = 5_000;

    /** A row: its number as the spreadsheet program shows it, the values read, and the fields that could not be. */
    public record Row(int number, Map<String, Object> values, List<String> unreadable) {}

    private ImportSheet() {}

    public static List<Row> read(ImportKind kind, byte[] xlsx) {
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<org.dhatim.fastexcel.reader.Row> sheet =
                        workbook.getFirstSheet().openStream()) {
            List<ImportColumn> byIndex = null;
            for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) sheet::iterator) {
                if (byIndex == null) {
                    byIndex = headings(kind, row);
                } else if (!blank(row)) {
                    if (rows.size() == MAX_ROWS) {
                        throw new InvalidInputException("import-too-many", "file", MAX_ROWS);
                    }
                    rows.add(row(byIndex, row));
                }
            }
            if (byIndex == null) {
                throw new InvalidInputException("import-no-headings", "file");
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException known) {
                throw known;
            }
            throw new InvalidInputException("import-unreadable", "file");
        }
        return rows;
    }

    /** The template: the headings of {@code kind}'s columns, in the reader's language. */
    public static byte[] template(ImportKind kind, Locale locale) {
        List<Spreadsheet.Column<Object>> columns = kind.columns().stream()
                .map(c -> new Spreadsheet.Column<Object>(c.heading(locale), 20, item -> ""))
                .toList();
        return Spreadsheet.of(kind.code(), columns, List.of());
    }

    private static List<ImportColumn> headings(ImportKind kind, org.dhatim.fastexcel.reader.Row row) {
        List<ImportColumn> byIndex = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String heading = row.getCellAsString(c).orElse("");
            byIndex.add(kind.columns().stream()
                    .filter(column -> column.headedBy(heading))
                    .findFirst()
                    .orElse(null));
        }
        for (ImportColumn column : kind.columns()) {
            if (column.required() && !byIndex.contains(column)) {
                throw new InvalidInputException(
                        "import-missing-column", "file", column.heading(Locale.SIMPLIFIED_CHINESE));
            }
        }
        return byIndex;
    }

    private static Row row(List<ImportColumn> byIndex, org.dhatim.fastexcel.reader.Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (int c = 0; c < Math.min(byIndex.size(), row.getCellCount()); c++) {
            ImportColumn column = byIndex.get(c);
            Cell cell = row.getCell(c);
            String text = text(cell, column);
            if (column == null || text.isBlank()) {
                continue;
            }
            Optional<Object> value = column.read(text);
            if (value.isPresent()) {
                values.put(column.field(), value.get());
            } else {
                unreadable.add(column.field());
            }
        }
        return new Row(row.getRowNum(), values, unreadable);
    }

    /** A cell's text; a date the spreadsheet program stored as a day number becomes the date. */
    private static String text(Cell cell, ImportColumn column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (column != null && column.type() == ImportColumn.Type.DATE && cell.getType() == CellType.NUMBER) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            return ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    private static boolean blank(org.dhatim.fastexcel.reader.Row row) {
        return row.stream()
                .allMatch(cell ->
                        cell == null || cell.getText() == null || cell.getText().isBlank());
    }
}
