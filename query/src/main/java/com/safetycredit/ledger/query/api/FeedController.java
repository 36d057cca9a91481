package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.feed.FeedPage;
import com.safetycredit.ledger.query.feed.FeedReader;
import com.safetycredit.ledger.query.feed.KnownTypes;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/feed?after=&limit=&types=}: the ledger's events after a position, in order, without
 * gaps, read straight from the store so an agency receives exactly what was recorded.
 */
@RestController
public class FeedController {

    static final int MAX_LIMIT = 1000;

    private final FeedReader reader;
    private final EventTypeRegistry registry;

    public FeedController(FeedReader reader, EventTypeRegistry registry) {
        this.reader = reader;
        this.registry = registry;
    }

    @GetMapping("/api/v1/feed")
    public FeedPage feed(
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) List<String> types) {
        if (after < 0) {
            throw new InvalidInputException("min", "after", "0", String.valueOf(after));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("range", "limit", "1", String.valueOf(MAX_LIMIT), String.valueOf(limit));
        }
        Set<String> wanted = types == null ? Set.of() : Set.copyOf(types);
        KnownTypes.require(registry, wanted);
        return reader.page(after, limit, wanted);
    }
}
