package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    public ObjectionsPage(ObjectionQueue queue, Clock clock, MessageSource messages) {
        this.queue = queue;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/objections")
    public String objections(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        String chosen = status == null || status.isBlank() ? "OPEN" : status;
        // the read model answers a status's objections whole: sorted and paged in memory
        List<ObjectionQueue.Objection> found =
                queue.list("ALL".equals(chosen) ? null : chosen, overdue, LedgerTime.today(clock));
        model.addAttribute("objections", TablePage.of(found, columns(locale), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", chosen);
        filters.put("overdue", overdue ? "true" : null);
        model.addAttribute("base", TablePage.base("/objections", filters));
        model.addAttribute("status", chosen);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LedgerTime.today(clock));
        return "objections";
    }

    /** What each sortable column sorts by: the fact by its event's name and position, the status by its words. */
    private Map<String, Function<ObjectionQueue.Objection, String>> columns(Locale locale) {
        return Map.of(
                "uscc",
                ObjectionQueue.Objection::uscc,
                "fact",
                o -> Labels.label("event", o.eventType(), locale) + String.format("%020d", o.position()),
                "filedOn",
                ObjectionQueue.Objection::filedOn,
                "dueOn",
                ObjectionQueue.Objection::dueOn,
                "status",
                o -> messages.getMessage("objection.status." + o.status(), null, o.status(), locale));
    }
}
