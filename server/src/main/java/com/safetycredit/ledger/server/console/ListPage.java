package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.lists.CreditLists;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The black, red and watch lists as of a chosen date, and their CSV — the API's own list, rendered. */
@ConsoleOnly
@Controller
public class ListPage {

    private final CreditLists lists;

    public ListPage(CreditLists lists) {
        this.lists = lists;
    }

    @GetMapping("/lists/{list}")
    public String list(@PathVariable String list, @RequestParam(required = false) String validAt, Model model) {
        model.addAttribute("list", lists.list(list, Blank.toNull(validAt), null, null));
        return "list";
    }

    /** Written as it is read, like the API's CSV: constant memory whatever the list's length. */
    @GetMapping("/lists/{list}/csv")
    public ResponseEntity<StreamingResponseBody> csv(
            @PathVariable String list, @RequestParam(required = false) String validAt) {
        CreditLists.Csv csv = lists.csv(list, Blank.toNull(validAt), null, null);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + csv.fileName() + "\"")
                .body(out -> csv.body().writeTo(out));
    }
}
