package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 异议处理: the objection queue with due dates, the overdue marked, the soonest due first. */
@ConsoleOnly
@Controller
public class ObjectionsPage {

    private final ObjectionQueue queue;
    private final Clock clock;

    public ObjectionsPage(ObjectionQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @GetMapping("/objections")
    public String objections(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        String chosen = status == null || status.isBlank() ? "OPEN" : status;
        model.addAttribute(
                "objections", queue.list("ALL".equals(chosen) ? null : chosen, overdue, LedgerTime.today(clock)));
        model.addAttribute("status", chosen);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LedgerTime.today(clock));
        return "objections";
    }
}
