package com.safetycredit.ledger.contracts.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that may enter an immutable event, a CSV list or a webhook: no control characters (NUL, ESC, DEL,
 * C1), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069), no line or paragraph
 * separators, no unpaired surrogates or non-characters. A recorded fact can never be edited, so a string
 * that would rewrite a terminal, reorder a clerk's screen or split a CSV row is refused at the door.
 * On a collection or a map the constraint applies to every text inside it, keys included.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    String message() default "must not contain control, bidirectional-override or invisible separator characters";

    /** Long free text (a summary, a reason) may hold line breaks and tabs; nothing else is allowed. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
