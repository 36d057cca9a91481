package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.lists.ListController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The black list and the red list as of a chosen date, and their CSV — the API's own list, rendered. */
@ConsoleOnly
@Controller
public class ListPage {

    private final ListController lists;

    public ListPage(ListController lists) {
        this.lists = lists;
    }

    @GetMapping("/lists/{list}")
    public String list(@PathVariable String list, @RequestParam(required = false) String validAt, Model model) {
        model.addAttribute("list", lists.list(list, Blank.toNull(validAt), null, null, "json").getBody());
        return "list";
    }

    @GetMapping("/lists/{list}/csv")
    public ResponseEntity<?> csv(@PathVariable String list, @RequestParam(required = false) String validAt) {
        return lists.list(list, Blank.toNull(validAt), null, null, "csv");
    }
}
