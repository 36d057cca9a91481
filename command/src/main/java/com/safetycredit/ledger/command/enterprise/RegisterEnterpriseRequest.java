package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/enterprises}. */
public record RegisterEnterpriseRequest(
        @CleanText @NotBlank @Size(max = 18) String uscc,
        @CleanText @NotBlank @Size(max = 200) String name,
        @CleanText @NotBlank @Size(max = 64) String industry,
        @CleanText @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
        @CleanText @Size(max = 500) String address,
        @Valid ChecksumOverride checksumOverride,
        LocalDate registeredOn) {

    /** Accept a code that fails the check character (legal early pilot codes), with the reason recorded. */
    public record ChecksumOverride(@CleanText @NotBlank @Size(max = 500) String reason) {
    }
}
