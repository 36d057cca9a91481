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
        CALENDAR,
        /** Registers an agency: its page afterwards. */
        NEW_AGENCY,
        /** An agency, named by its USCC in the link's {@code uscc}. */
        AGENCY,
        /** Registers a practitioner: their page afterwards. */
        NEW_PRACTITIONER,
        /** A practitioner, named by registration number in the link's {@code uscc}. */
        PRACTITIONER,
        /** An item of a practitioner's (an employment). */
        PRACTITIONER_ITEM;

        /** The page of the subject the form is about (or creates), before its id: where the form returns. */
        public String page() {
            return switch (this) {
                case NEW_AGENCY, AGENCY -> "/agencies/";
                case NEW_PRACTITIONER, PRACTITIONER, PRACTITIONER_ITEM -> "/practitioners/";
                default -> "/enterprises/";
            };
        }

        /** The message naming the subject above the form ("企业：…", "中介机构：…", "从业人员：…"). */
        public String subjectMessage() {
            return switch (this) {
                case NEW_AGENCY, AGENCY -> "form.agency";
                case NEW_PRACTITIONER, PRACTITIONER, PRACTITIONER_ITEM -> "form.practitioner";
                default -> "form.enterprise";
            };
        }

        /** Whether the form creates its subject, whose id the write answers. */
        public boolean createsSubject() {
            return this == NOTHING || this == NEW_AGENCY || this == NEW_PRACTITIONER;
        }
    }

    /** Records a validated request through its use case, as the caller. */
    @FunctionalInterface
    public interface Submission {
        Written send(Object request, String uscc, String itemId, RequestMetadata caller);
    }
}
