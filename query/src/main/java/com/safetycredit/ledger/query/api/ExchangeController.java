package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.schema.EventSchemas;
import com.safetycredit.ledger.query.publication.ProvincialExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exchange/provincial?after=&limit=}: the published records for the provincial public credit
 * platform, in ledger order, {@code limit} positions at a time from {@code after}; and the JSON Schema of a batch.
 */
@RestController
public class ExchangeController {

    static final int MAX_LIMIT = 1000;

    private final ProvincialExchange exchange;

    public ExchangeController(ProvincialExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/api/v1/exchange/provincial")
    public ProvincialExchange.Batch provincial(
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (after < 0) {
            throw new InvalidInputException("min", "after", "0", String.valueOf(after));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("range", "limit", "1", String.valueOf(MAX_LIMIT), String.valueOf(limit));
        }
        return exchange.batch(after, limit);
    }

    /** The batch format as a JSON Schema (2020-12), derived from the record the endpoint answers. */
    @GetMapping("/api/v1/schema/exchange/provincial")
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "urn:safety-credit-ledger:exchange:provincial:" + ProvincialExchange.VERSION);
        schema.put("title", "省公共信用信息平台交换批次 · provincial exchange batch, version " + ProvincialExchange.VERSION);
        schema.putAll(EventSchemas.ofRecord(ProvincialExchange.Batch.class));
        return schema;
    }
}
