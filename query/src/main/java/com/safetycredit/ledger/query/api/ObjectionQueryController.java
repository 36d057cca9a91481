package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/objections?status=&overdue=}: the objection queue, the soonest due first. */
@RestController
public class ObjectionQueryController {

    private static final Set<String> STATUSES = Set.of("OPEN", "UPHELD", "REJECTED");

    private final ObjectionQueue queue;
    private final Clock clock;

    public ObjectionQueryController(ObjectionQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @GetMapping("/api/v1/objections")
    public List<ObjectionQueue.Objection> objections(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("one-of", "status", status, List.of("OPEN", "UPHELD", "REJECTED"));
        }
        return queue.list(status, overdue, LedgerTime.today(clock));
    }
}
