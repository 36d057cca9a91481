package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.agency.Directory;
import com.safetycredit.ledger.query.history.EnterpriseHistory;
import com.safetycredit.ledger.query.history.HistoryQueries;
import com.safetycredit.ledger.rules.agency.AgencyRecord;
import com.safetycredit.ledger.rules.agency.AgencyRecords;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.SupervisionFacts;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.labels.FactNames;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.labels.Money;
import com.safetycredit.ledger.server.console.FormField.Choice;
import com.safetycredit.ledger.server.security.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The subject's own records a form field may refer to, each named as a clerk knows it (a decision number and
 * its day, a certificate by its type and number), read from the read models when the form is shown — so that a
 * reference is chosen, not retyped. The value sent is the reference the API takes (an id or a number).
 */
@ConsoleOnly
@Component
public class PickLists {

    /** Which records a field offers. */
    public enum Source {
        /** The enterprise's penalty decisions (value: the decision number). */
        PENALTY,
        /** The enterprise's certificates and safety investments an award may rest on (value: the fact's id). */
        AWARD_BASIS,
        /** The enterprise's listing notices still open (value: the notice's id). */
        OPEN_NOTICE,
        /** The enterprise's credit commitments on file (value: the commitment's id). */
        COMMITMENT,
        /** The agency's recorded services (value: the service's id). */
        AGENCY_SERVICE,
        /** The agency's penalty decisions (value: the decision number). */
        AGENCY_PENALTY,
        /** The enterprise's principals (主要负责人) on record, for 11号令 basis 5 (value: the registration number). */
        PRINCIPAL,
        /** An account's department: the joint-review departments and those other accounts have (no subject). */
        DEPARTMENT,
        /** The agency's clients so far (value: the client's USCC); any subject of the ledger is found by name. */
        CLIENT,
        /** The practitioner's employers so far (value: the employer's USCC); any subject is found by name. */
        EMPLOYER;

        /** Whether the console also looks up the ledger's enterprises and agencies by name as the clerk types. */
        public boolean searchable() {
            return this == CLIENT || this == EMPLOYER;
        }
    }

    private final EnterpriseRecords records;
    private final HistoryQueries history;
    private final AgencyProfiles agencies;
    private final AgencyRecords agencyRecords;
    private final Directory directory;
    private final Clock clock;
    private final Accounts accounts;
    private final SubjectSuggestions subjects;

    public PickLists(
            EnterpriseRecords records,
            HistoryQueries history,
            AgencyProfiles agencies,
            AgencyRecords agencyRecords,
            Directory directory,
            Clock clock,
            Accounts accounts,
            SubjectSuggestions subjects) {
        this.records = records;
        this.history = history;
        this.agencies = agencies;
        this.agencyRecords = agencyRecords;
        this.directory = directory;
        this.clock = clock;
        this.accounts = accounts;
        this.subjects = subjects;
    }

    /** The choices of {@code source} for the subject {@code subject} (a USCC), newest first; none if unknown. */
    public List<Choice> of(Source source, String subject) {
        if (source == Source.DEPARTMENT) {
            return accounts.departmentNames().stream()
                    .map(name -> new Choice(name, name, null))
                    .toList();
        }
        if (subject == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (source) {
            case AGENCY_SERVICE -> agencyServices(subject, locale);
            case AGENCY_PENALTY -> agencyPenalties(subject, locale);
            case OPEN_NOTICE -> openNotices(subject, locale);
            case PRINCIPAL -> principals(subject, locale);
            case CLIENT -> clients(subject);
            case EMPLOYER -> employers(subject);
            default -> records.load(subject)
                    .map(record -> fromRecord(source, record, locale))
                    .orElse(List.of());
        };
    }

    private static List<Choice> fromRecord(Source source, EnterpriseRecord record, Locale locale) {
        List<Choice> choices = new ArrayList<>();
        switch (source) {
            case PENALTY -> record.penalties().values().stream()
                    .sorted(Comparator.comparing(EnterpriseRecord.Penalty::decidedOn)
                            .reversed())
                    .forEach(p ->
                            choices.add(penalty(p.decisionNo(), p.decidedOn(), p.fineYuan(), p.serious(), locale)));
            case AWARD_BASIS -> {
                record.certifications().values().stream()
                        .filter(c -> c.revokedOn() == null)
                        .sorted(Comparator.comparing(EnterpriseRecord.Certification::issuedOn)
                                .reversed())
                        .forEach(c -> choices.add(new Choice(
                                c.id(),
                                Labels.render(FactNames.certification(c), locale) + " · " + c.issuedOn(),
                                null)));
                record.investments().values().stream()
                        .sorted(Comparator.comparing(EnterpriseRecord.Investment::policyYear)
                                .reversed())
                        .forEach(i -> choices.add(
                                new Choice(i.id(), Labels.render(FactNames.of(record, i.id()), locale), null)));
            }
            case COMMITMENT -> record.supervision().commitments().stream()
                    .sorted(Comparator.comparing(SupervisionFacts.Commitment::madeOn)
                            .reversed())
                    .forEach(c -> choices.add(new Choice(
                            c.id(),
                            Labels.text("pick.commitment", locale, c.madeOn().toString()),
                            null)));
            default -> {}
        }
        return choices;
    }

    private List<Choice> openNotices(String uscc, Locale locale) {
        var events = history.history(uscc, null, null, Set.of())
                .map(EnterpriseHistory::events)
                .orElse(List.of());
        List<Choice> choices = new ArrayList<>();
        for (ProcedureCard.OpenNotice notice :
                ProcedureCard.of(events, LedgerTime.today(clock)).notices()) {
            choices.add(new Choice(
                    notice.noticeId(),
                    Labels.text(
                            "pick.notice",
                            locale,
                            notice.noticeNo(),
                            Labels.label("listing.basis", notice.basis(), locale),
                            notice.penaltyDecisionNo()),
                    null));
        }
        return choices;
    }

    /** Everyone on record as the enterprise's principal, now or before (one who left may be the one basis 5 names). */
    private List<Choice> principals(String uscc, Locale locale) {
        return directory.everEmployedAt(EmployerKind.ENTERPRISE.name(), uscc).stream()
                .filter(p -> Qualification.PRINCIPAL.name().equals(p.qualification()))
                .flatMap(p -> p.employments().stream()
                        .filter(e -> uscc.equals(e.employerUscc()))
                        .map(e -> new Choice(
                                p.registrationNo(),
                                Labels.text(
                                        "pick.principal",
                                        locale,
                                        p.registrationNo(),
                                        e.from().toString()),
                                null)))
                .toList();
    }

    /** The enterprises the agency served, newest service first, each once. */
    private List<Choice> clients(String agencyUscc) {
        List<AgencyProfiles.ServiceRecord> services;
        try {
            services = agencies.services(agencyUscc);
        } catch (NotFoundException e) {
            return List.of();
        }
        Map<String, Choice> clients = new LinkedHashMap<>();
        services.stream()
                .sorted(Comparator.comparing(AgencyProfiles.ServiceRecord::from).reversed())
                .forEach(s -> clients.putIfAbsent(s.clientUscc(), subject(s.clientUscc(), s.clientName())));
        return List.copyOf(clients.values());
    }

    /** The employers the practitioner had, the latest first, each once (named when the ledger knows them). */
    private List<Choice> employers(String registrationNo) {
        Map<String, Choice> employers = new LinkedHashMap<>();
        directory.practitioner(registrationNo).stream()
                .flatMap(p -> p.employments().stream())
                .sorted(Comparator.comparing(Directory.Employment::from).reversed())
                .forEach(e -> employers.putIfAbsent(e.employerUscc(), subject(e.employerUscc(), null)));
        return List.copyOf(employers.values());
    }

    /** A subject offered by its code, labelled with its name where known. */
    private Choice subject(String uscc, String name) {
        String known = name != null ? name : subjects.name(uscc).orElse(null);
        return new Choice(uscc, known == null ? uscc : known + " · " + uscc, null);
    }

    private List<Choice> agencyPenalties(String uscc, Locale locale) {
        return agencyRecords.load(uscc).stream()
                .flatMap(agency -> agency.penalties().values().stream())
                .sorted(Comparator.comparing(AgencyRecord.Penalty::decidedOn).reversed())
                .map(p -> penalty(p.decisionNo(), p.decidedOn(), p.fineYuan(), p.serious(), locale))
                .toList();
    }

    private static Choice penalty(
            String decisionNo, LocalDate decidedOn, long fineYuan, boolean serious, Locale locale) {
        return new Choice(
                decisionNo,
                Labels.text(
                        "pick.penalty",
                        locale,
                        decisionNo,
                        decidedOn.toString(),
                        Labels.text("pick.fine", locale, Money.wholeYuan(fineYuan, locale)),
                        serious ? Labels.text("pick.serious", locale) : ""),
                null);
    }

    private List<Choice> agencyServices(String uscc, Locale locale) {
        List<AgencyProfiles.ServiceRecord> services;
        try {
            services = agencies.services(uscc);
        } catch (NotFoundException e) {
            return List.of(); // the form itself says the agency is unknown when it is sent
        }
        return services.stream()
                .sorted(Comparator.comparing(AgencyProfiles.ServiceRecord::from).reversed())
                .map(s -> new Choice(
                        s.serviceId(),
                        Labels.text(
                                "pick.service",
                                locale,
                                Labels.label("agencyService", s.serviceType(), locale),
                                s.clientName() == null ? s.clientUscc() : s.clientName(),
                                s.contractNo(),
                                s.from().toString()),
                        null))
                .toList();
    }
}
