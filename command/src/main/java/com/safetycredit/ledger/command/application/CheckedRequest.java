package com.safetycredit.ledger.command.application;

/**
 * A request whose fields need checks Bean Validation cannot express (a USCC's check character, a date not in the
 * future, a code of a reference list). The checks run as one class-level constraint ({@link ValidRequest}), so a
 * form or an API call hears about every wrong field at once, with the same codes as the use case's own refusal.
 * Each check leaves a missing value alone: {@code @NotNull} and {@code @NotBlank} speak for those.
 */
@ValidRequest
public interface CheckedRequest {

    void check(FieldChecks checks);
}
