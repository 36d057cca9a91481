package com.safetycredit.ledger.query.agency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.CanonicalJson;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.PractitionerFact;
import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The history of an agency or a practitioner, read from its own stream by exact keys (short streams: no read
 * model needed), each event as staff read it: position, type, valid and record time, actor, data.
 */
@Component
public class StreamHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LedgerReader store;
    private final StoredEnterpriseEvents payloads;

    public StreamHistory(LedgerReader store, StoredEnterpriseEvents payloads) {
        this.store = store;
        this.payloads = payloads;
    }

    /**
     * @param aggregateId the subject's stream
     * @param shown       what staff may see of each event's data (a practitioner's sealed fields are replaced)
     */
    public List<HistoryEntry> of(String aggregateId, UnaryOperator<Map<String, Object>> shown) {
        return store.readAggregateStoredEvents(aggregateId).stream()
                .map(event -> entry(event, shown))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private HistoryEntry entry(StoredEvent event, UnaryOperator<Map<String, Object>> shown) {
        Object payload = payloads.payload(event);
        LocalDate valid = payload instanceof AgencyFact a
                ? a.validOn()
                : payload instanceof PractitionerFact p ? p.validOn() : null;
        Map<String, Object> data =
                new LinkedHashMap<>(JSON.convertValue(CanonicalJson.parse(event.payload()), Map.class));
        Map<String, Object> metadata = event.metadata() == null
                ? Map.of()
                : JSON.convertValue(CanonicalJson.parse(event.metadata()), Map.class);
        return new HistoryEntry(
                event.position(),
                event.type(),
                Integer.parseInt(event.revision()),
                valid == null ? null : valid.toString(),
                event.timestamp(),
                new HistoryEntry.Actor((String) metadata.get("actor"), (String) metadata.get("role"), (String)
                        metadata.get("authority")),
                shown.apply(data));
    }
}
