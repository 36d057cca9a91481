package com.safetycredit.ledger.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Flushes the {@link BatchedWrites} of a batch right after its last event was handled. It runs as a handler
 * interceptor, inside the processing of that last event and so before the processor's prepare-commit step
 * that stores the token: if the flush fails, the batch fails and is processed again from the stored token.
 * (A prepare-commit hook of our own would run after the token was stored, and a failure there would lose
 * the batch.)
 */
public final class FlushAtBatchEnd implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            for (var resource : unitOfWork.resources().entrySet()) {
                if (resource.getKey().startsWith(BatchedWrites.RESOURCE_PREFIX)
                        && resource.getValue() instanceof BatchedWrites writes) {
                    writes.flush();
                }
            }
        }
        return result;
    }
}
