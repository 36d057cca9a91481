package com.safetycredit.ledger.command.web;

import com.safetycredit.ledger.store.CommitReceiptInterceptor.Committed;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Sends a command for a REST write and answers with the position of what it appended. With an
 * {@code Idempotency-Key}, a repeat of the same request returns the first answer and appends nothing.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final IdempotencyKeys idempotencyKeys;
    private final MongoLedgerStorageEngine store;

    public CommandSender(CommandGateway commandGateway, IdempotencyKeys idempotencyKeys, MongoLedgerStorageEngine store) {
        this.commandGateway = commandGateway;
        this.idempotencyKeys = idempotencyKeys;
        this.store = store;
    }

    /** A write that creates something: 201. */
    public ResponseEntity<WriteResponse> create(HttpServletRequest http, String idempotencyKey, Object request,
                                                Object command, String id) {
        return send(http, idempotencyKey, request, command, HttpStatus.CREATED, result -> new WriteResponse(id, null));
    }

    /** A command and the id it creates, worked out only when the write is not a repeat of an earlier one. */
    public record Prepared(Object command, String id) {
    }

    /**
     * A write that creates something whose command depends on what the ledger holds (an award application
     * resolves its basis): a repeat with the same idempotency key answers as the first did, before any check.
     */
    public ResponseEntity<WriteResponse> create(HttpServletRequest http, String idempotencyKey, Object request,
                                                java.util.function.Supplier<Prepared> prepare) {
        return idempotencyKeys.once(principal(http), idempotencyKey, http.getMethod() + " " + http.getRequestURI(),
                request, HttpStatus.CREATED, headAtClaim(idempotencyKey), () -> {
                    Prepared prepared = prepare.get();
                    Committed committed = Committed.of(commandGateway.sendAndWait(prepared.command(),
                            CommandMetadata.from(http, idempotencyKey)));
                    return new WriteResponse(prepared.id(), committed.receipt().lastPosition());
                });
    }

    /** An action on something that exists: 200. */
    public ResponseEntity<WriteResponse> act(HttpServletRequest http, String idempotencyKey, Object request,
                                             Object command, String id) {
        return send(http, idempotencyKey, request, command, HttpStatus.OK, result -> new WriteResponse(id, null));
    }

    public ResponseEntity<WriteResponse> send(HttpServletRequest http, String idempotencyKey, Object request,
                                              Object command, HttpStatus status,
                                              Function<Object, WriteResponse> answer) {
        return idempotencyKeys.once(principal(http), idempotencyKey, http.getMethod() + " " + http.getRequestURI(),
                request, status, headAtClaim(idempotencyKey), () -> {
            Committed committed = Committed.of(commandGateway.sendAndWait(command,
                    CommandMetadata.from(http, idempotencyKey)));
            WriteResponse response = answer.apply(committed.result());
            return new WriteResponse(response.id(), committed.receipt().lastPosition(), response.grade(),
                    response.outcome());
        });
    }

    private static String principal(HttpServletRequest http) {
        return http.getUserPrincipal() == null ? "anonymous" : http.getUserPrincipal().getName();
    }

    /** Where a repeat of a request that died mid-way would look for what it appended. */
    private long headAtClaim(String idempotencyKey) {
        return idempotencyKey == null ? 0 : store.head().position();
    }
}
