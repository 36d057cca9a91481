package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.lists.CreditLists;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The black, red and watch lists on any valid date: as JSON, whole or a page at a time ({@code size}, {@code
 * after}), or as CSV or Excel (codes by their labels, in the caller's language).
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
            @RequestParam(required = false) Integer size) {
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
                CreditLists.EnterpriseList members = whole(list, validAt, regionCode, industry, paged);
                yield Downloads.file(
                        new MediaType("text", "csv", StandardCharsets.UTF_8),
                        CreditLists.fileName(members, "csv"),
                        CreditLists.csv(members, ReaderLanguage.locale()));
            }
            case "xlsx" -> {
                CreditLists.EnterpriseList members = whole(list, validAt, regionCode, industry, paged);
                yield Downloads.file(
                        MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                        CreditLists.fileName(members, "xlsx"),
                        CreditLists.xlsx(members, ReaderLanguage.locale()));
            }
            default -> throw new InvalidInputException("one-of", "format", format, List.of("json", "csv", "xlsx"));
        };
    }

    /** A download is the whole list: paging parameters belong to JSON only. */
    private CreditLists.EnterpriseList whole(
            String list, String validAt, String regionCode, String industry, boolean paged) {
        if (paged) {
            throw new InvalidInputException("paged-download", "format");
        }
        return lists.list(list, validAt, regionCode, industry);
    }
}
