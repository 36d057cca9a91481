package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.agency.BlacklistAgency;
import com.safetycredit.ledger.contracts.commands.agency.ImposeAgencyPenalty;
import com.safetycredit.ledger.contracts.commands.agency.RecordAgencyInterview;
import com.safetycredit.ledger.contracts.commands.agency.RecordAgencyService;
import com.safetycredit.ledger.contracts.commands.agency.RecordQualityCheck;
import com.safetycredit.ledger.contracts.commands.agency.RegisterAgency;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.agency.AgencyRecords;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.AgencyMisconduct;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.InterviewKind;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import com.safetycredit.ledger.rules.domain.Regions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Intermediary service agencies (RULES.md §13): registration, services to enterprises, quality spot checks,
 * interviews and notices, penalties and listings. A request naming an agency or a client the ledger does not know
 * is refused before anything is appended.
 */
@Component
public class Agencies {

    public record AgencyRegistration(
            @CleanText @NotBlank @Size(max = 18) String uscc,
            @CleanText @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 10) List<@CleanText @NotBlank @Size(max = 64) String> services,
            @CleanText @NotBlank @Size(max = 100) String qualificationNo,
            LocalDate qualificationValidUntil,
            @CleanText @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code")
                    String regionCode,
            @CleanText @Size(max = 500) String address,
            LocalDate registeredOn)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("registeredOn", registeredOn);
        }
    }

    /** A service to an enterprise the ledger knows; {@code to} may be left out while it runs. */
    public record AgencyService(
            @CleanText @NotBlank @Size(max = 18) String clientUscc,
            @CleanText @NotBlank @Size(max = 64) String serviceType,
            @CleanText @NotBlank @Size(max = 100) String contractNo,
            @NotNull LocalDate from,
            LocalDate to,
            @CleanText @Size(max = 100) String reportNo)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("from", from);
            if (from != null && to != null) {
                checks.ensure(!to.isBefore(from), "before-from", "to", to);
            }
        }
    }

    public record QualityCheck(
            @NotNull LocalDate checkedOn,
            @CleanText @NotBlank @Size(max = 32) String result,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String findings,
            @CleanText @Size(max = 100) String serviceId)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("checkedOn", checkedOn);
        }
    }

    public record Interview(
            @CleanText @NotBlank @Size(max = 32) String kind,
            @NotNull LocalDate heldOn,
            @CleanText @Size(max = 100) String documentNo,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("heldOn", heldOn);
        }
    }

    /** {@code misconduct}: what basis 7 needs — {@code QUALIFICATION_LENT}, {@code AFFILIATION}, {@code FALSE_REPORT}. */
    public record AgencyPenalty(
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @NotNull LocalDate decidedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String violation,
            @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long fineYuan,
            @NotNull Boolean serious,
            @CleanText @Size(max = 32) String misconduct)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    public record AgencyListing(
            @NotNull @Min(1) @Max(9) Integer basis,
            @CleanText @Size(max = 64) String regime,
            @CleanText @NotBlank @Size(max = 100) String penaltyDecisionNo,
            @CleanText @NotBlank @Size(max = 200) String authority,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @NotNull LocalDate decidedOn,
            @Valid Listings.GroundsOverride groundsOverride)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    private final LedgerWrites writes;
    private final AgencyRecords agencies;
    private final EnterpriseRecords enterprises;
    private final Clock clock;

    public Agencies(LedgerWrites writes, AgencyRecords agencies, EnterpriseRecords enterprises, Clock clock) {
        this.writes = writes;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public Written register(RequestMetadata caller, AgencyRegistration request) {
        String uscc = Uscc.parse(request.uscc()).value();
        AgencyServices.requireAll("services", request.services());
        Regions.require("regionCode", request.regionCode());
        FieldChecks.require(request, clock);
        return writes.create(
                caller,
                request,
                new RegisterAgency(
                        SubjectIds.agency(uscc),
                        uscc,
                        request.name().strip(),
                        request.services().stream().distinct().toList(),
                        request.qualificationNo(),
                        request.qualificationValidUntil(),
                        request.regionCode(),
                        request.address(),
                        request.registeredOn() == null ? LedgerTime.today(clock) : request.registeredOn()),
                uscc);
    }

    /** A service to an enterprise: both histories show it. */
    public Written recordService(RequestMetadata caller, String uscc, AgencyService request) {
        String agency = known(uscc);
        AgencyServices.require("serviceType", request.serviceType());
        FieldChecks.require(request, clock);
        String client = Uscc.parseWithOverride(request.clientUscc()).value();
        if (enterprises.load(client).isEmpty()) {
            throw new NotFoundException("unknown-enterprise", "clientUscc", client).explainedAs("agency-client");
        }
        String id = newId("svc");
        return writes.create(
                caller,
                request,
                new RecordAgencyService(
                        agency,
                        id,
                        client,
                        request.serviceType(),
                        request.contractNo(),
                        request.from(),
                        request.to(),
                        request.reportNo()),
                id);
    }

    public Written recordQualityCheck(RequestMetadata caller, String uscc, QualityCheck request) {
        String agency = known(uscc);
        QualityCheckResult result = Checks.oneOf("result", request.result(), QualityCheckResult.class);
        FieldChecks.require(request, clock);
        String id = newId("chk");
        return writes.create(
                caller,
                request,
                new RecordQualityCheck(
                        agency, id, request.checkedOn(), result.name(), request.findings(), request.serviceId()),
                id);
    }

    public Written recordInterview(RequestMetadata caller, String uscc, Interview request) {
        String agency = known(uscc);
        InterviewKind kind = Checks.oneOf("kind", request.kind(), InterviewKind.class);
        FieldChecks.require(request, clock);
        String id = newId("itv");
        return writes.create(
                caller,
                request,
                new RecordAgencyInterview(
                        agency, id, kind.name(), request.heldOn(), request.documentNo(), request.reason()),
                id);
    }

    public Written impose(RequestMetadata caller, String uscc, AgencyPenalty request) {
        String agency = known(uscc);
        FieldChecks.require(request, clock);
        String misconduct = request.misconduct() == null
                ? null
                : Checks.oneOf("misconduct", request.misconduct(), AgencyMisconduct.class)
                        .name();
        String id = newId("pen");
        return writes.create(
                caller,
                request,
                new ImposeAgencyPenalty(
                        agency,
                        id,
                        request.decisionNo(),
                        request.decidedOn(),
                        request.violation(),
                        request.fineYuan(),
                        request.serious(),
                        misconduct),
                id);
    }

    public Written blacklist(RequestMetadata caller, String uscc, AgencyListing request) {
        String agency = known(uscc);
        String regime = request.regime() == null
                ? null
                : Checks.oneOf("regime", request.regime(), ListingRegime.class).name();
        FieldChecks.require(request, clock);
        String id = newId("lst");
        return writes.create(
                caller,
                request,
                new BlacklistAgency(
                        agency,
                        id,
                        request.basis(),
                        regime,
                        request.penaltyDecisionNo(),
                        request.authority(),
                        request.decisionNo(),
                        request.decidedOn(),
                        request.groundsOverride() == null
                                ? null
                                : request.groundsOverride().reason()),
                id);
    }

    /** The agency's stream, or a 404 in both languages. */
    private String known(String uscc) {
        if (agencies.load(uscc).isEmpty()) {
            String shown = Uscc.isValid(uscc) ? uscc : "?";
            throw new NotFoundException("unknown-agency", "uscc", shown);
        }
        return SubjectIds.agency(uscc);
    }
}
