package com.safetycredit.ledger.server.console;

import static com.safetycredit.ledger.server.console.FormField.of;
import static com.safetycredit.ledger.server.console.FormField.select;

import com.safetycredit.ledger.command.application.Accidents;
import com.safetycredit.ledger.command.application.AwardApplications;
import com.safetycredit.ledger.command.application.Certifications;
import com.safetycredit.ledger.command.application.EnterpriseRegistrations;
import com.safetycredit.ledger.command.application.ListingProcedures;
import com.safetycredit.ledger.command.application.Listings;
import com.safetycredit.ledger.command.application.Objections;
import com.safetycredit.ledger.command.application.Penalties;
import com.safetycredit.ledger.command.application.SafetyInvestments;
import com.safetycredit.ledger.command.application.WriteResponse;
import com.safetycredit.ledger.command.application.Written;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import com.safetycredit.ledger.rules.domain.CertificationType;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.PermitViolation;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import com.safetycredit.ledger.rules.domain.SafetyInvestmentType;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.server.console.ConsoleForm.About;
import com.safetycredit.ledger.server.console.FormField.Choice;
import com.safetycredit.ledger.server.console.FormField.Kind;
import com.safetycredit.ledger.server.security.Accounts;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every write the console offers: registrars record facts, reviewers decide listings and award reviews,
 * administrators create accounts.
 * Each form builds the REST endpoint's own request record and records it through the same use case the
 * endpoint calls, so the console cannot accept what the API refuses, and the event's actor is the logged-in user.
 */
@ConsoleOnly
@Component
public class ConsoleForms {

    private final Map<String, ConsoleForm> forms = new LinkedHashMap<>();
    private final SupervisionForms supervision;

    public ConsoleForms(
            EnterpriseRegistrations registration,
            Certifications certifications,
            SafetyInvestments investments,
            Accidents accidents,
            Penalties penalties,
            Listings listings,
            ListingProcedures procedures,
            Objections objections,
            AwardApplications awards,
            AwardPolicyCatalog policies,
            Accounts accounts,
            SupervisionForms supervision,
            SubjectForms subjects) {
        this.supervision = supervision;
        add(new ConsoleForm(
                "register",
                "REGISTRAR",
                About.NOTHING,
                false,
                EnterpriseRegistrations.RegisterEnterpriseRequest.class,
                List.of(
                        of("uscc", Kind.TEXT).mandatory(),
                        of("name", Kind.TEXT).mandatory(),
                        select("industry", industries()).mandatory(),
                        select("regionCode", regions()).mandatory(),
                        of("address", Kind.TEXT),
                        of("registeredOn", Kind.DATE),
                        of("checksumOverride.reason", Kind.TEXT)),
                (request, uscc, item, caller) ->
                        registration.register(caller, (EnterpriseRegistrations.RegisterEnterpriseRequest) request)));
        add(new ConsoleForm(
                "certification",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                Certifications.Certification.class,
                List.of(
                        select("type", enumChoices(CertificationType.class)).mandatory(), of("level", Kind.TEXT),
                        of("certificateNo", Kind.TEXT).mandatory(),
                                of("issuer", Kind.TEXT).mandatory(),
                        of("issuedOn", Kind.DATE).mandatory(), of("expiresOn", Kind.DATE),
                        of("person.name", Kind.TEXT), of("person.idMasked", Kind.TEXT)),
                (request, uscc, item, caller) ->
                        certifications.grant(caller, uscc, (Certifications.Certification) request)));
        add(new ConsoleForm(
                "investment",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                SafetyInvestments.SafetyInvestment.class,
                List.of(
                        select("type", enumChoices(SafetyInvestmentType.class)).mandatory(),
                        of("policyYear", Kind.INTEGER).mandatory(),
                        of("amountYuan", Kind.YUAN).mandatory()),
                (request, uscc, item, caller) ->
                        investments.record(caller, uscc, (SafetyInvestments.SafetyInvestment) request)));
        add(new ConsoleForm(
                "accident",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                Accidents.AccidentReport.class,
                List.of(
                        of("occurredAt", Kind.DATETIME).mandatory(),
                        select("category", accidentCategories()).mandatory(),
                        of("deaths", Kind.INTEGER).mandatory(),
                        of("seriousInjuries", Kind.INTEGER).mandatory(),
                        of("personsEndangered", Kind.INTEGER).mandatory(),
                        of("directLossYuan", Kind.WHOLE_YUAN).mandatory(),
                        of("duringLevelOneResponse", Kind.CHECKBOX),
                        of("reportNo", Kind.TEXT).mandatory(),
                        of("summary", Kind.TEXTAREA),
                        of("levelOneResponseOverrideReason", Kind.TEXTAREA)),
                (request, uscc, item, caller) -> accidents.report(caller, uscc, (Accidents.AccidentReport) request)));
        add(new ConsoleForm(
                "accident-revision",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                Accidents.AccidentRevision.class,
                List.of(
                        of("deaths", Kind.INTEGER).mandatory(),
                        of("seriousInjuries", Kind.INTEGER).mandatory(),
                        of("personsEndangered", Kind.INTEGER).mandatory(),
                        of("directLossYuan", Kind.WHOLE_YUAN).mandatory(),
                        of("revisedOn", Kind.DATE).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) ->
                        accidents.revise(caller, uscc, item, (Accidents.AccidentRevision) request)));
        add(new ConsoleForm(
                "accident-reporting-violation",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                Accidents.AccidentReportingViolation.class,
                List.of(
                        select("kind", enumChoices(ReportingViolation.class)).mandatory(),
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("summary", Kind.TEXTAREA)),
                (request, uscc, item, caller) -> accidents.findReportingViolation(
                        caller, uscc, item, (Accidents.AccidentReportingViolation) request)));
        add(new ConsoleForm(
                "certification-revocation",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                Certifications.CertificationRevocation.class,
                List.of(
                        select(
                                "ground",
                                Stream.of(RevocationGround.values())
                                        .filter(RevocationGround::recordedByStaff)
                                        .map(g -> new Choice(g.name(), g.label(), "enum.RevocationGround." + g.name()))
                                        .toList()),
                        of("reason", Kind.TEXTAREA).mandatory(),
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory()),
                (request, uscc, item, caller) ->
                        certifications.revoke(caller, uscc, item, (Certifications.CertificationRevocation) request)));
        add(new ConsoleForm(
                "accident-conclusion",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                Accidents.AccidentConclusion.class,
                List.of(
                        of("liable", Kind.YES_NO).mandatory(),
                        of("concludedOn", Kind.DATE).mandatory(),
                        of("replyNo", Kind.TEXT).mandatory()),
                (request, uscc, item, caller) ->
                        accidents.conclude(caller, uscc, item, (Accidents.AccidentConclusion) request)));
        add(new ConsoleForm(
                "penalty",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                Penalties.Penalty.class,
                List.of(
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("violation", Kind.TEXTAREA).mandatory(),
                        of("fineYuan", Kind.WHOLE_YUAN).mandatory(),
                        of("serious", Kind.YES_NO).mandatory(),
                        of("summaryProcedure", Kind.YES_NO).mandatory(),
                        select("permitViolation", enumChoices(PermitViolation.class))),
                (request, uscc, item, caller) -> penalties.impose(caller, uscc, (Penalties.Penalty) request)));
        add(new ConsoleForm(
                "award-application",
                "REGISTRAR",
                About.ENTERPRISE,
                true,
                AwardApplications.Application.class,
                List.of(
                        select("awardType", awardTypes(policies)).mandatory(),
                        select("policyYear", policyYears(policies)).mandatory(),
                        FormField.pick("basisId", PickLists.Source.AWARD_BASIS)),
                (request, uscc, item, caller) -> awards.apply(caller, (AwardApplications.Application) request)));
        add(new ConsoleForm(
                "listing",
                "REVIEWER",
                About.ENTERPRISE,
                false,
                Listings.Listing.class,
                List.of(
                        select(
                                        "basis",
                                        IntStream.rangeClosed(1, 9)
                                                .mapToObj(n -> new Choice(
                                                        String.valueOf(n), String.valueOf(n), "listing.basis." + n))
                                                .toList())
                                .mandatory(),
                        select("regime", enumChoices(ListingRegime.class)),
                        FormField.suggest("penaltyDecisionNo", PickLists.Source.PENALTY)
                                .mandatory(),
                        of("authority", Kind.TEXT).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("groundsOverride.reason", Kind.TEXTAREA),
                        FormField.suggest("principalRegistrationNo", PickLists.Source.PRINCIPAL),
                        FormField.pick("noticeId", PickLists.Source.OPEN_NOTICE),
                        of("statementResponse", Kind.TEXTAREA)),
                (request, uscc, item, caller) -> listings.blacklist(caller, uscc, (Listings.Listing) request)));
        ProcedureForms.add(this::add, procedures, objections);
        add(new ConsoleForm(
                "early-removal",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                Listings.EarlyRemoval.class,
                List.of(
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("decidedOn", Kind.DATE).mandatory()),
                (request, uscc, item, caller) ->
                        listings.removeEarly(caller, uscc, item, (Listings.EarlyRemoval) request)));
        add(new ConsoleForm(
                "award-review",
                "REVIEWER",
                About.APPLICATION,
                false,
                AwardApplications.Review.class,
                // the department is the reviewer's own (their account's), never chosen on the form
                List.of(
                        select(
                                        "decision",
                                        List.of(
                                                new Choice("APPROVE", "APPROVE", "enum.Decision.APPROVE"),
                                                new Choice("VETO", "VETO", "enum.Decision.VETO")))
                                .mandatory(),
                        of("reason", Kind.TEXTAREA)),
                (request, uscc, item, caller) -> awards.review(caller, item, (AwardApplications.Review) request)));
        add(new ConsoleForm(
                "account",
                "ADMIN",
                About.ACCOUNT,
                false,
                Accounts.NewUser.class,
                List.of(
                        of("name", Kind.TEXT).mandatory(),
                        of("password", Kind.PASSWORD).mandatory(),
                        FormField.multi(
                                        "roles",
                                        Stream.of("REGISTRAR", "REVIEWER", "AUDITOR", "AGENCY", "PARTNER", "ADMIN")
                                                .map(r -> new Choice(r, r, "role." + r))
                                                .toList())
                                .mandatory(),
                        FormField.suggest("department", PickLists.Source.DEPARTMENT)),
                (request, uscc, item, caller) -> {
                    Accounts.NewUser user = (Accounts.NewUser) request;
                    accounts.create(user);
                    return new Written(true, new WriteResponse(user.name(), null));
                }));
        // changing an account is its own form: a new account never replaces an existing one
        add(new ConsoleForm(
                "account-update",
                "ADMIN",
                About.ACCOUNT,
                false,
                Accounts.AccountUpdate.class,
                // a new password is its own form (重置密码); the API's update may still carry one
                List.of(
                        FormField.multi(
                                        "roles",
                                        Stream.of("REGISTRAR", "REVIEWER", "AUDITOR", "AGENCY", "PARTNER", "ADMIN")
                                                .map(r -> new Choice(r, r, "role." + r))
                                                .toList())
                                .mandatory(),
                        FormField.suggest("department", PickLists.Source.DEPARTMENT)),
                (request, uscc, item, caller) -> {
                    accounts.update(item, (Accounts.AccountUpdate) request);
                    return new Written(false, new WriteResponse(item, null));
                }));
        add(new ConsoleForm(
                "account-password",
                "ADMIN",
                About.ACCOUNT,
                false,
                Accounts.PasswordReset.class,
                List.of(of("password", Kind.PASSWORD).mandatory()),
                (request, uscc, item, caller) -> {
                    accounts.resetPassword(item, (Accounts.PasswordReset) request);
                    return new Written(false, new WriteResponse(item, null));
                }));
        // agencies and practitioners (RULES.md §13)
        subjects.forms().forEach(this::add);
    }

    public Optional<ConsoleForm> find(String id) {
        return Optional.ofNullable(forms.get(id)).or(() -> supervision.find(id));
    }

    void add(ConsoleForm form) {
        forms.put(form.id(), form);
    }

    static List<Choice> listingBases() {
        return IntStream.rangeClosed(1, 9)
                .mapToObj(n -> new Choice(String.valueOf(n), String.valueOf(n), "listing.basis." + n))
                .toList();
    }

    private static List<Choice> industries() {
        return Industries.names().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue(), "industry." + e.getKey()))
                .toList();
    }

    /** Chinese from the reference file; English where the messages have it. */
    private static List<Choice> accidentCategories() {
        return AccidentCategory.all().stream()
                .map(c -> new Choice(c.code(), c.label(), "accidentCategory." + c.code()))
                .toList();
    }

    private static List<Choice> regions() {
        return Regions.all().stream()
                .filter(r -> r.parent() != null)
                .map(r -> new Choice(r.code(), r.name(), "region." + r.code()))
                .toList();
    }

    static <E extends Enum<E>> List<Choice> enumChoices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> new Choice(c.name(), c.name(), "enum." + type.getSimpleName() + "." + c.name()))
                .toList();
    }

    private static List<Choice> awardTypes(AwardPolicyCatalog policies) {
        Map<String, Choice> awards = new TreeMap<>();
        for (AwardPolicy policy : policies.policies()) {
            policy.awards().keySet().forEach(a -> awards.put(a, new Choice(a, a, "award." + a)));
        }
        return List.copyOf(awards.values());
    }

    private static List<Choice> policyYears(AwardPolicyCatalog policies) {
        return policies.policyYears().stream()
                .map(y -> new Choice(String.valueOf(y), String.valueOf(y), null))
                .toList();
    }
}
