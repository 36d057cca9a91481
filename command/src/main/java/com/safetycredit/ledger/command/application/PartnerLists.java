package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.RecordPartnerListEntry;
import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.domain.PartnerDepartments;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Other departments' severe-dishonesty lists (联合惩戒), sent in by the departments themselves: an account with role
 * PARTNER records entries for its own department only.
 */
@Component
public class PartnerLists {

    public record Entry(
            @CleanText @NotBlank @Size(max = 18) String uscc,
            @CleanText @NotBlank @Size(max = 200) String listName,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @NotNull LocalDate from,
            LocalDate to)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("from", from);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public PartnerLists(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written record(RequestMetadata caller, String department, Entry request) {
        PartnerDepartments.require(department);
        if (!PartnerDepartments.speaksFor(caller.department(), department)) {
            throw new ForbiddenException(
                            "not-your-department",
                            "department",
                            caller.department(),
                            PartnerDepartments.names().get(department))
                    .explainedAs("partner-list");
        }
        String uscc = Uscc.parseWithOverride(request.uscc()).value();
        FieldChecks.require(request, clock);
        String id = newId("ptn");
        return writes.create(
                caller,
                request,
                new RecordPartnerListEntry(
                        uscc, id, department, request.listName(), request.decisionNo(), request.from(), request.to()),
                id);
    }
}
