package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.lists.CreditLists;
import com.safetycredit.ledger.query.lists.CreditLists.EnterpriseList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The black list and the red list, on any valid date, as JSON, CSV or Excel (codes by their labels, in the caller's language). */
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
            @RequestParam(defaultValue = "json") String format) {
        EnterpriseList members = lists.list(list, validAt, regionCode, industry);
        return switch (format) {
            case "json" -> ResponseEntity.ok(members);
            case "csv" -> download(
                    new MediaType("text", "csv", StandardCharsets.UTF_8),
                    CreditLists.fileName(members, "csv"),
                    CreditLists.csv(members, ReaderLanguage.locale()));
            case "xlsx" -> download(
                    MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                    CreditLists.fileName(members, "xlsx"),
                    CreditLists.xlsx(members, ReaderLanguage.locale()));
            default -> throw new InvalidInputException("one-of", "format", format, List.of("json", "csv", "xlsx"));
        };
    }

    /** A file to save: its type and name. */
    private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
