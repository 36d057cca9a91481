package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
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
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale,
            Model model) {
        String chosen = status == null || status.isBlank() ? "OPEN" : status;
        String enterprise = uscc == null || uscc.isBlank() ? null : uscc.strip();
        // the read model answers every objection of the status at once; the page is cut from that
        List<ObjectionQueue.Objection> rows =
                queue.list("ALL".equals(chosen) ? null : chosen, overdue, LedgerTime.today(clock)).stream()
                        .filter(o -> enterprise == null || enterprise.equals(o.uscc()))
                        .toList();
        model.addAttribute("objections", TablePage.of(rows, columns(locale), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", chosen);
        filters.put("overdue", overdue ? "true" : null);
        filters.put("uscc", enterprise);
        model.addAttribute("base", TablePage.base("/objections", filters));
        model.addAttribute("uscc", enterprise);
        model.addAttribute("status", chosen);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LedgerTime.today(clock));
        return "objections";
    }

    /** The sortable columns, by what the clerk reads: the fact and the status by their labels. */
    private Map<String, Function<ObjectionQueue.Objection, String>> columns(Locale locale) {
        return Map.of(
                "uscc", ObjectionQueue.Objection::uscc,
                "fact", o -> label("event." + o.eventType(), locale),
                "filedOn", ObjectionQueue.Objection::filedOn,
                "dueOn", ObjectionQueue.Objection::dueOn,
                "status", o -> label("objection.status." + o.status(), locale));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
