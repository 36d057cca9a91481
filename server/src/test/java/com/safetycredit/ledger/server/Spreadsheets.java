package com.safetycredit.ledger.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The cells of an .xlsx file's first sheet, as text, for tests of exports. */
public final class Spreadsheets {

    private Spreadsheets() {}

    public static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<List<String>> cells = new ArrayList<>();
            rows.forEach(row -> {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    values.add(row.getCellAsString(c).orElse(""));
                }
                cells.add(values);
            });
            return cells;
        }
    }
}
