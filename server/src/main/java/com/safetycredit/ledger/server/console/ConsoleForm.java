package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.Written;
import java.util.List;

/**
 * A write the console offers: who may make it, what it is about, the request it builds (the same record the
 * REST endpoint takes, validated the same way) and the application's use case that records it.
 *
 * @param about       what the form needs from its link: nothing, an enterprise, or an enterprise and an item
 *                    of it (an accident, a listing), an award application, or a user account
 * @param usccInBody  the request body itself names the enterprise (award applications)
 */
public record ConsoleForm(
        String id,
        String role,
        About about,
        boolean usccInBody,
        Class<?> requestType,
        List<FormField> fields,
        Submission submission) {

    public enum About {
        NOTHING,
        ENTERPRISE,
        ENTERPRISE_ITEM,
        APPLICATION,
        ACCOUNT,
        /** the calendar of level-one emergency responses (an item: a period) */
        CALENDAR
    }

    /** Records a validated request through its use case, as the caller. */
    @FunctionalInterface
    public interface Submission {
        Written send(Object request, String uscc, String itemId, RequestMetadata caller);
    }
}
