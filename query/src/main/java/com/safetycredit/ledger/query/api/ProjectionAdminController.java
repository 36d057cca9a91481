package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredTokens;
import java.net.URI;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds a read model from position 0 ({@code shutDown → resetTokens → start}; the projection's reset
 * handler clears its collections) and shows the progress while it runs. Handlers with outside effects are
 * marked {@code @DisallowReplay}, so a replay never sends a command or a webhook twice.
 */
@RestController
public class ProjectionAdminController {

    public record Progress(String name, boolean replaying, long position, long head, int percent) {}

    private final EventProcessingConfiguration processing;
    private final LedgerReader store;
    private final StoredTokens tokens;

    public ProjectionAdminController(EventProcessingConfiguration processing, LedgerReader store, StoredTokens tokens) {
        this.processing = processing;
        this.store = store;
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/admin/projections")
    public List<Progress> all() {
        return processing.eventProcessors().keySet().stream()
                .sorted()
                .map(this::progress)
                .toList();
    }

    /**
     * Progress from the stored tokens: right after a restart, or on a node that holds none of the segments,
     * it shows how far the read model got, not 0 %.
     */
    @GetMapping("/api/v1/admin/projections/{name}")
    public Progress progress(@PathVariable String name) {
        processor(name);
        long head = store.head().position();
        List<StoredTokens.SegmentToken> stored = tokens.of(name);
        long position = stored.stream()
                .mapToLong(StoredTokens.SegmentToken::position)
                .min()
                .orElse(0);
        boolean replaying = stored.stream().anyMatch(StoredTokens.SegmentToken::replaying);
        int percent = head == 0 ? 100 : (int) Math.min(100, position * 100 / head);
        return new Progress(name, replaying, position, head, percent);
    }

    @PostMapping("/api/v1/admin/projections/{name}/replay")
    public ResponseEntity<Progress> replay(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/admin/projections/" + name))
                .body(progress(name));
    }

    private StreamingEventProcessor processor(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException(
                        "unknown-projection",
                        "name",
                        name,
                        List.copyOf(processing.eventProcessors().keySet())));
    }
}
