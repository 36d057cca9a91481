package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.lists.CreditLists;
import com.safetycredit.ledger.query.lists.CreditLists.Csv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The black list and the red list, on any valid date: as JSON, whole or a page at a time ({@code size}, {@code
 * after}), or as CSV written while it is read.
 */
@RestController
public class ListController {

    private final CreditLists lists;

    public ListController(CreditLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/lists/{list}")
    public ResponseEntity<?> list(
            @PathVariable String list,
            @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HttpServletResponse response)
            throws IOException {
        boolean paged = after != null || size != null;
        return switch (format) {
            case "json" -> ResponseEntity.ok(
                    paged
                            ? lists.page(
                                    list,
                                    validAt,
                                    regionCode,
                                    industry,
                                    after,
                                    size == null ? CreditLists.DEFAULT_PAGE_SIZE : size)
                            : lists.list(list, validAt, regionCode, industry));
            case "csv" -> {
                if (paged) {
                    throw new InvalidInputException(
                            "format", "a CSV is the whole list, written as it is read: size and after page only JSON");
                }
                writeCsv(lists.csv(list, validAt, regionCode, industry), response);
                yield null; // answered: the rows went out as they were read
            }
            default -> throw new InvalidInputException("format", "format must be json or csv, got '" + format + "'");
        };
    }

    /**
     * Written straight to the response, row by row as the profiles are read: the list is checked before the first
     * byte (a refusal is still a problem answer), and the whole list is never held in memory.
     */
    private static void writeCsv(Csv csv, HttpServletResponse response) throws IOException {
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + csv.fileName() + "\"");
        csv.body().writeTo(response.getOutputStream());
    }
}
