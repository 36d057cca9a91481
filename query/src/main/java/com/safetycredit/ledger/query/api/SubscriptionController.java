package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.query.feed.KnownTypes;
import com.safetycredit.ledger.query.webhook.Subscriptions;
import com.safetycredit.ledger.query.webhook.WebhookTargets;
import com.safetycredit.ledger.store.LedgerReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions of other agencies: create, list, pause, resume, redeliver, delete, and the delivery log. */
@RestController
public class SubscriptionController {

    public record NewSubscription(
            @CleanText @NotBlank @Size(max = 2000) String url,
            @CleanText @Size(max = 100) List<String> types,
            @CleanText @NotBlank @Size(min = 16, max = 200) String secret,
            Long after,
            @CleanText @Size(max = 16) String format) {}

    /** A subscription as shown: never its secret. */
    public record View(
            String id,
            String url,
            List<String> types,
            long cursor,
            String state,
            int failures,
            Instant failingSince,
            Instant nextAttemptAt,
            String format) {
        static View of(Subscriptions.Subscription s) {
            return new View(
                    s.id(),
                    s.url(),
                    s.types(),
                    s.cursor(),
                    s.state().name(),
                    s.failures(),
                    s.failingSince(),
                    s.failures() == 0 ? null : s.nextAttemptAt(),
                    s.format());
        }
    }

    private final Subscriptions subscriptions;
    private final EventTypeRegistry registry;
    private final LedgerReader store;

    private final WebhookTargets targets;

    public SubscriptionController(
            Subscriptions subscriptions, EventTypeRegistry registry, LedgerReader store, WebhookTargets targets) {
        this.targets = targets;
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.store = store;
    }

    @PostMapping("/api/v1/subscriptions")
    public ResponseEntity<View> create(@Valid @RequestBody NewSubscription request, Principal principal) {
        URI url;
        try {
            url = URI.create(request.url());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "url");
        }
        try {
            targets.check(url);
        } catch (WebhookTargets.Refused refused) {
            throw new InvalidInputException("refused-by-policy", "url", refused.getMessage());
        }
        List<String> types = request.types() == null ? List.of() : request.types();
        KnownTypes.require(registry, types);
        long after = request.after() == null ? 0 : request.after();
        if (after < 0 || after > store.head().position()) {
            throw new InvalidInputException(
                    "range", "after", "0", String.valueOf(store.head().position()), String.valueOf(after));
        }
        String format = request.format() == null ? Subscriptions.EVENTS : request.format();
        if (!Subscriptions.EVENTS.equals(format) && !Subscriptions.PROVINCIAL.equals(format)) {
            throw new InvalidInputException(
                    "one-of", "format", format, List.of(Subscriptions.EVENTS, Subscriptions.PROVINCIAL));
        }
        if (Subscriptions.PROVINCIAL.equals(format) && !types.isEmpty()) {
            throw new InvalidInputException("provincial-without-types", "types");
        }
        String id = "sub-" + UUID.randomUUID();
        View view = View.of(subscriptions.create(
                id,
                url.toString(),
                types,
                request.secret(),
                after,
                principal == null ? null : principal.getName(),
                format));
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + id)).body(view);
    }

    /** An agency sees its own subscriptions; an administrator sees all. */
    @GetMapping("/api/v1/subscriptions")
    public List<View> list(HttpServletRequest http) {
        return subscriptions.all().stream()
                .filter(s -> mayManage(s, http))
                .map(View::of)
                .toList();
    }

    @GetMapping("/api/v1/subscriptions/{id}")
    public View get(@PathVariable String id, HttpServletRequest http) {
        return View.of(existing(id, http));
    }

    @DeleteMapping("/api/v1/subscriptions/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest http) {
        existing(id, http);
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/subscriptions/{id}/pause")
    public View pause(@PathVariable String id, HttpServletRequest http) {
        existing(id, http);
        subscriptions.setState(id, Subscriptions.State.PAUSED);
        return get(id, http);
    }

    @PostMapping("/api/v1/subscriptions/{id}/resume")
    public View resume(@PathVariable String id, HttpServletRequest http) {
        existing(id, http);
        subscriptions.setState(id, Subscriptions.State.ACTIVE);
        return get(id, http);
    }

    /** Deliver again from {@code from}: the next delivery is the first wanted event at or after it. */
    @PostMapping("/api/v1/subscriptions/{id}/redeliver")
    public ResponseEntity<View> redeliver(@PathVariable String id, @RequestParam long from, HttpServletRequest http) {
        existing(id, http);
        if (from < 1 || from > store.head().position()) {
            throw new InvalidInputException(
                    "range", "from", "1", String.valueOf(store.head().position()), String.valueOf(from));
        }
        subscriptions.rewind(id, from);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(get(id, http));
    }

    @GetMapping("/api/v1/subscriptions/{id}/deliveries")
    public List<Subscriptions.Delivery> deliveries(
            @PathVariable String id, @RequestParam(defaultValue = "100") int limit, HttpServletRequest http) {
        existing(id, http);
        return subscriptions.deliveries(id, Math.max(1, Math.min(limit, 1000)));
    }

    /** Another agency's subscription is answered as unknown: its existence is not theirs to learn. */
    private Subscriptions.Subscription existing(String id, HttpServletRequest http) {
        return subscriptions
                .find(id)
                .filter(s -> mayManage(s, http))
                .orElseThrow(() -> new NotFoundException("unknown-subscription", "id", id));
    }

    private static boolean mayManage(Subscriptions.Subscription subscription, HttpServletRequest http) {
        if (http.isUserInRole("ADMIN")) {
            return true;
        }
        Principal principal = http.getUserPrincipal();
        return principal != null && principal.getName().equals(subscription.owner());
    }
}
