package com.safetycredit.ledger.verifier;

import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.supervision.DrawProof;
import com.safetycredit.ledger.rules.supervision.SupervisionPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every 双随机 draw of an export re-run from the export alone: a first pass finds the draws, a second folds the
 * enterprises' records and, as it passes each draw's pool position, rebuilds the pool, compares its hash and runs
 * the shuffle again with the recorded seed ({@link DrawProof}, the server's own code). Constant memory in the
 * number of events: one record per enterprise.
 */
final class DrawVerifier {

    /** A recorded draw and what the export gives again. */
    record DrawCheck(
            String drawId,
            long position,
            long poolPosition,
            int candidates,
            boolean candidatesMatch,
            List<String> recordedDrawn,
            List<String> recomputedDrawn,
            boolean drawnMatches,
            boolean inspectorsMatch,
            boolean matches) {}

    private final EventPayloads payloads;
    private final CreditRules rules;
    private final SupervisionPlan plan;

    DrawVerifier(EventPayloads payloads, CreditRules rules, SupervisionPlan plan) {
        this.payloads = payloads;
        this.rules = rules;
        this.plan = plan;
    }

    List<DrawCheck> verify(Supplier<Iterator<StoredEvent>> export) {
        List<Recorded> draws = new ArrayList<>();
        export.get().forEachRemaining(event -> {
            if (event.type().equals("SupervisionDrawMade")
                    && payloads.read(event).orElse(null) instanceof SupervisionDrawMade draw) {
                draws.add(new Recorded(draw, event.position()));
            }
        });
        if (draws.isEmpty()) {
            return List.of();
        }
        draws.sort(Comparator.comparingLong(r -> r.draw().poolPosition()));
        Map<String, EnterpriseRecord> records = new HashMap<>();
        List<DrawCheck> checks = new ArrayList<>();
        int next = 0;
        Iterator<StoredEvent> events = export.get();
        while (events.hasNext()) {
            StoredEvent event = events.next();
            // the records hold every event before this one: the pools read at the position just before it
            while (next < draws.size() && draws.get(next).draw().poolPosition() < event.position()) {
                checks.add(check(draws.get(next++), records));
            }
            Object payload = payloads.read(event).orElse(null);
            if (payload instanceof EnterpriseFact fact
                    && event.isDomainEvent()
                    && event.aggregateId().equals(fact.uscc())) {
                records.computeIfAbsent(fact.uscc(), u -> new EnterpriseRecord())
                        .apply(payload, event.position());
            }
        }
        while (next < draws.size()) {
            checks.add(check(draws.get(next++), records));
        }
        checks.sort(Comparator.comparingLong(DrawCheck::position));
        return checks;
    }

    private DrawCheck check(Recorded recorded, Map<String, EnterpriseRecord> records) {
        SupervisionDrawMade draw = recorded.draw();
        DrawProof proof = DrawProof.of(
                draw,
                records.values().stream().filter(EnterpriseRecord::registered).toList(),
                rules,
                plan);
        return new DrawCheck(
                draw.drawId(),
                recorded.position(),
                draw.poolPosition(),
                proof.candidates().size(),
                proof.candidatesMatch(),
                draw.drawn(),
                proof.drawn(),
                proof.drawnMatches(),
                proof.inspectorsMatch(),
                proof.ok());
    }

    private record Recorded(SupervisionDrawMade draw, long position) {}
}
