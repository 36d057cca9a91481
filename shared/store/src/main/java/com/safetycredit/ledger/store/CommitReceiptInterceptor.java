package com.safetycredit.ledger.store;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Gives every command the ledger positions it appended: the handler's result comes back as {@link Committed},
 * the result and the {@link CommitReceipt} of the command's unit of work. Only a root unit of work answers so:
 * a command sent from inside another command's handler shares the outer commit and returns its plain result
 * to the handler that sent it.
 */
public final class CommitReceiptInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** A command's result and what its unit of work appended. */
    public record Committed(Object result, CommitReceipt receipt) {

        /** The answer of a command sent through a bus that has this interceptor. */
        public static Committed of(Object sent) {
            if (sent instanceof Committed committed) {
                return committed;
            }
            throw new IllegalStateException("The command bus answered without a commit receipt: register a "
                    + CommitReceiptInterceptor.class.getSimpleName() + " on it");
        }
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!unitOfWork.isRoot()) {
            return interceptorChain.proceed();
        }
        CommitReceipt receipt = CommitReceipt.attachTo(unitOfWork);
        return new Committed(interceptorChain.proceed(), receipt);
    }
}
