package com.safetycredit.ledger.server.console;

import static com.safetycredit.ledger.server.console.FormField.of;
import static com.safetycredit.ledger.server.console.FormField.select;

import com.safetycredit.ledger.command.application.Agencies;
import com.safetycredit.ledger.command.application.Practitioners;
import com.safetycredit.ledger.rules.domain.AgencyMisconduct;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.InterviewKind;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.server.console.ConsoleForm.About;
import com.safetycredit.ledger.server.console.FormField.Choice;
import com.safetycredit.ledger.server.console.FormField.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The console's forms for agencies and practitioners (RULES.md §13): each builds the REST endpoint's own request
 * record and records it through the same use case. Registrars record facts, reviewers decide listings, an
 * administrator erases a person's data.
 */
@ConsoleOnly
@Component
public class SubjectForms {

    private final List<ConsoleForm> forms;

    public SubjectForms(Agencies agencies, Practitioners practitioners) {
        this.forms = Stream.concat(agencyForms(agencies).stream(), practitionerForms(practitioners).stream())
                .toList();
    }

    public List<ConsoleForm> forms() {
        return forms;
    }

    private static List<ConsoleForm> agencyForms(Agencies agencies) {
        return List.of(
                new ConsoleForm(
                        "agency-register",
                        "REGISTRAR",
                        About.NEW_AGENCY,
                        false,
                        Agencies.AgencyRegistration.class,
                        List.of(
                                of("uscc", Kind.TEXT).mandatory(),
                                of("name", Kind.TEXT).mandatory(),
                                FormField.multi("services", services()).mandatory(),
                                of("qualificationNo", Kind.TEXT).mandatory(),
                                of("qualificationValidUntil", Kind.DATE),
                                select("regionCode", regions()).mandatory(),
                                of("address", Kind.TEXT),
                                of("registeredOn", Kind.DATE)),
                        (request, uscc, item, caller) ->
                                agencies.register(caller, (Agencies.AgencyRegistration) request)),
                new ConsoleForm(
                        "agency-service",
                        "REGISTRAR",
                        About.AGENCY,
                        false,
                        Agencies.AgencyService.class,
                        List.of(
                                FormField.suggest("clientUscc", PickLists.Source.CLIENT)
                                        .mandatory(),
                                select("serviceType", services()).mandatory(),
                                of("contractNo", Kind.TEXT).mandatory(),
                                of("from", Kind.DATE).mandatory(),
                                of("to", Kind.DATE),
                                of("reportNo", Kind.TEXT)),
                        (request, uscc, item, caller) ->
                                agencies.recordService(caller, uscc, (Agencies.AgencyService) request)),
                new ConsoleForm(
                        "agency-check",
                        "REGISTRAR",
                        About.AGENCY,
                        false,
                        Agencies.QualityCheck.class,
                        List.of(
                                of("checkedOn", Kind.DATE).mandatory(),
                                select("result", labelled(QualityCheckResult.values(), QualityCheckResult::label))
                                        .mandatory(),
                                of("findings", Kind.TEXTAREA).mandatory(),
                                FormField.pick("serviceId", PickLists.Source.AGENCY_SERVICE)),
                        (request, uscc, item, caller) ->
                                agencies.recordQualityCheck(caller, uscc, (Agencies.QualityCheck) request)),
                new ConsoleForm(
                        "agency-interview",
                        "REGISTRAR",
                        About.AGENCY,
                        false,
                        Agencies.Interview.class,
                        List.of(
                                select("kind", labelled(InterviewKind.values(), InterviewKind::label))
                                        .mandatory(),
                                of("heldOn", Kind.DATE).mandatory(),
                                of("documentNo", Kind.TEXT),
                                of("reason", Kind.TEXTAREA).mandatory()),
                        (request, uscc, item, caller) ->
                                agencies.recordInterview(caller, uscc, (Agencies.Interview) request)),
                new ConsoleForm(
                        "agency-penalty",
                        "REGISTRAR",
                        About.AGENCY,
                        false,
                        Agencies.AgencyPenalty.class,
                        List.of(
                                of("decisionNo", Kind.TEXT).mandatory(),
                                of("decidedOn", Kind.DATE).mandatory(),
                                of("violation", Kind.TEXTAREA).mandatory(),
                                of("fineYuan", Kind.WHOLE_YUAN).mandatory(),
                                of("serious", Kind.YES_NO).mandatory(),
                                select("misconduct", labelled(AgencyMisconduct.values(), AgencyMisconduct::label))),
                        (request, uscc, item, caller) ->
                                agencies.impose(caller, uscc, (Agencies.AgencyPenalty) request)),
                new ConsoleForm(
                        "agency-listing",
                        "REVIEWER",
                        About.AGENCY,
                        false,
                        Agencies.AgencyListing.class,
                        List.of(
                                select(
                                                "basis",
                                                Stream.of(7, 8, 9)
                                                        .map(n -> new Choice(
                                                                String.valueOf(n),
                                                                n + " " + ListingGrounds.label(n),
                                                                "listing.basis." + n))
                                                        .toList())
                                        .mandatory(),
                                select(
                                        "regime",
                                        Arrays.stream(ListingRegime.values())
                                                .map(r -> new Choice(r.name(), r.document(), "enum.ListingRegime." + r))
                                                .toList()),
                                FormField.suggest("penaltyDecisionNo", PickLists.Source.AGENCY_PENALTY)
                                        .mandatory(),
                                of("authority", Kind.TEXT).mandatory(),
                                of("decisionNo", Kind.TEXT).mandatory(),
                                of("decidedOn", Kind.DATE).mandatory(),
                                of("groundsOverride.reason", Kind.TEXTAREA)),
                        (request, uscc, item, caller) ->
                                agencies.blacklist(caller, uscc, (Agencies.AgencyListing) request)));
    }

    private static List<ConsoleForm> practitionerForms(Practitioners practitioners) {
        return List.of(
                new ConsoleForm(
                        "practitioner-register",
                        "REGISTRAR",
                        About.NEW_PRACTITIONER,
                        false,
                        Practitioners.PractitionerRegistration.class,
                        List.of(
                                of("registrationNo", Kind.TEXT).mandatory(),
                                select("qualification", labelled(Qualification.values(), Qualification::label))
                                        .mandatory(),
                                of("qualifiedOn", Kind.DATE).mandatory(),
                                of("name", Kind.TEXT).mandatory(),
                                of("idNumber", Kind.TEXT).mandatory(),
                                FormField.suggest("employerUscc", PickLists.Source.EMPLOYER),
                                select("employerKind", labelled(EmployerKind.values(), EmployerKind::label)),
                                of("employedFrom", Kind.DATE)),
                        (request, uscc, item, caller) ->
                                practitioners.register(caller, (Practitioners.PractitionerRegistration) request)),
                new ConsoleForm(
                        "practitioner-employment",
                        "REGISTRAR",
                        About.PRACTITIONER,
                        false,
                        Practitioners.Employment.class,
                        List.of(
                                FormField.suggest("employerUscc", PickLists.Source.EMPLOYER)
                                        .mandatory(),
                                select("employerKind", labelled(EmployerKind.values(), EmployerKind::label)),
                                of("from", Kind.DATE).mandatory()),
                        (request, uscc, item, caller) ->
                                practitioners.startEmployment(caller, uscc, (Practitioners.Employment) request)),
                new ConsoleForm(
                        "practitioner-employment-end",
                        "REGISTRAR",
                        About.PRACTITIONER_ITEM,
                        false,
                        Practitioners.EmploymentEnd.class,
                        List.of(of("endedOn", Kind.DATE).mandatory()),
                        (request, uscc, item, caller) ->
                                practitioners.endEmployment(caller, uscc, item, (Practitioners.EmploymentEnd) request)),
                new ConsoleForm(
                        "practitioner-erasure",
                        "ADMIN",
                        About.PRACTITIONER,
                        false,
                        Practitioners.Erasure.class,
                        List.of(
                                of("requestNo", Kind.TEXT).mandatory(),
                                of("reason", Kind.TEXTAREA).mandatory()),
                        (request, uscc, item, caller) ->
                                practitioners.erase(caller, uscc, (Practitioners.Erasure) request)));
    }

    private static List<Choice> services() {
        return AgencyServices.labels().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue(), "agencyService." + e.getKey()))
                .toList();
    }

    private static List<Choice> regions() {
        return Regions.all().stream()
                .filter(r -> r.parent() != null)
                .map(r -> new Choice(r.code(), r.name() + " " + r.code(), null))
                .toList();
    }

    /** Choices labelled in Chinese by the code's own label, in English where the messages have one. */
    private static <E extends Enum<E>> List<Choice> labelled(E[] values, Function<E, String> label) {
        return Arrays.stream(values)
                .map(v -> new Choice(
                        v.name(),
                        label.apply(v),
                        "enum." + v.getDeclaringClass().getSimpleName() + "." + v.name()))
                .toList();
    }
}
