package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.feed.KnownTypes;
import com.safetycredit.ledger.query.history.EnterpriseHistory;
import com.safetycredit.ledger.query.history.HistoryQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/enterprises/{uscc}/history}: every event of an enterprise, in ledger order. */
@RestController
public class HistoryController {

    private final HistoryQueries queries;

    private final EventTypeRegistry registry;

    public HistoryController(HistoryQueries queries, EventTypeRegistry registry) {
        this.queries = queries;
        this.registry = registry;
    }

    @GetMapping("/api/v1/enterprises/{uscc}/history")
    public EnterpriseHistory history(
            @PathVariable String uscc,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> types) {
        Set<String> wanted = types == null ? Set.of() : Set.copyOf(types);
        KnownTypes.require(registry, wanted);
        return queries.history(uscc, from, to, wanted)
                .orElseThrow(() -> new NotFoundException("unknown-enterprise", "uscc", uscc));
    }
}
