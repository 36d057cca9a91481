package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.store.CommitReceiptInterceptor.Committed;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a write's command and answers with the position of what it appended. With an idempotency key, a
 * repeat of the same request by the same caller returns the first answer and appends nothing.
 */
@Component
public class LedgerWrites {

    /** A command and the id it creates, worked out only when the write is not a repeat of an earlier one. */
    public record Prepared(Object command, String id) {}

    private final CommandGateway commandGateway;
    private final IdempotencyKeys idempotencyKeys;
    private final LedgerReader store;

    public LedgerWrites(CommandGateway commandGateway, IdempotencyKeys idempotencyKeys, LedgerReader store) {
        this.commandGateway = commandGateway;
        this.idempotencyKeys = idempotencyKeys;
        this.store = store;
    }

    /** A write that records something new. */
    public Written create(RequestMetadata caller, Object request, Object command, String id) {
        return send(caller, request, command, true, result -> new WriteResponse(id, null));
    }

    /**
     * A write that records something new, whose command depends on what the ledger holds (an award application
     * resolves its basis): a repeat with the same idempotency key answers as the first did, before any check.
     */
    public Written create(RequestMetadata caller, Object request, Supplier<Prepared> prepare) {
        return idempotencyKeys.once(caller, request, true, headAtClaim(caller), () -> {
            Prepared prepared = prepare.get();
            Committed committed = Committed.of(commandGateway.sendAndWait(prepared.command(), caller.toMetaData()));
            return new WriteResponse(prepared.id(), committed.receipt().lastPosition());
        });
    }

    /** An action on something that exists. */
    public Written act(RequestMetadata caller, Object request, Object command, String id) {
        return send(caller, request, command, false, result -> new WriteResponse(id, null));
    }

    /** A write whose answer is made from the command's result (an accident's grade, a review's outcome). */
    public Written send(
            RequestMetadata caller,
            Object request,
            Object command,
            boolean created,
            Function<Object, WriteResponse> answer) {
        return idempotencyKeys.once(caller, request, created, headAtClaim(caller), () -> {
            Committed committed = Committed.of(commandGateway.sendAndWait(command, caller.toMetaData()));
            return answer.apply(committed.result()).at(committed.receipt().lastPosition());
        });
    }

    /** Where a repeat of a request that died mid-way would look for what it appended. */
    private long headAtClaim(RequestMetadata caller) {
        return caller.idempotencyKey() == null ? 0 : store.head().position();
    }
}
