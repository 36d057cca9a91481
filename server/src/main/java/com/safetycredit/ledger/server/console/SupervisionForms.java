package com.safetycredit.ledger.server.console;

import static com.safetycredit.ledger.server.console.FormField.of;
import static com.safetycredit.ledger.server.console.FormField.select;

import com.safetycredit.ledger.command.application.Commitments;
import com.safetycredit.ledger.command.application.Hazards;
import com.safetycredit.ledger.command.application.LevelOneResponseCalendar;
import com.safetycredit.ledger.command.application.RedListDecisions;
import com.safetycredit.ledger.command.application.SuspensionOrders;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.server.console.ConsoleForm.About;
import com.safetycredit.ledger.server.console.FormField.Choice;
import com.safetycredit.ledger.server.console.FormField.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The writes of graded supervision the console offers: registrars record commitments, hazards and their
 * rectification, suspension orders and resumption; reviewers decide and revoke red-list entries; administrators
 * keep the calendar of level-one emergency responses. Each builds the REST endpoint's own request record and
 * records it through the same use case, as {@link ConsoleForms} does.
 */
@ConsoleOnly
@Component
public class SupervisionForms {

    private final Map<String, ConsoleForm> forms = new LinkedHashMap<>();

    public SupervisionForms(
            Commitments commitments,
            Hazards hazards,
            SuspensionOrders suspensions,
            RedListDecisions redList,
            LevelOneResponseCalendar calendar) {
        facts(commitments, hazards, suspensions);
        add(new ConsoleForm(
                "red-list-decision",
                "REVIEWER",
                About.ENTERPRISE,
                false,
                RedListDecisions.Decision.class,
                List.of(
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("authority", Kind.TEXT).mandatory()),
                (request, uscc, item, caller) -> redList.decide(caller, uscc, (RedListDecisions.Decision) request)));
        add(new ConsoleForm(
                "red-list-revocation",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                RedListDecisions.Revocation.class,
                List.of(
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) ->
                        redList.revoke(caller, uscc, item, (RedListDecisions.Revocation) request)));
        add(new ConsoleForm(
                "level-one-response",
                "ADMIN",
                About.CALENDAR,
                false,
                LevelOneResponseCalendar.Period.class,
                List.of(
                        select("regionCode", regions()).mandatory(),
                        of("from", Kind.DATE).mandatory(),
                        of("to", Kind.DATE),
                        of("documentNo", Kind.TEXT).mandatory(),
                        of("description", Kind.TEXT)),
                (request, uscc, item, caller) -> calendar.declare(caller, (LevelOneResponseCalendar.Period) request)));
        add(new ConsoleForm(
                "level-one-response-end",
                "ADMIN",
                About.CALENDAR,
                false,
                LevelOneResponseCalendar.PeriodEnd.class,
                List.of(
                        of("to", Kind.DATE).mandatory(),
                        of("documentNo", Kind.TEXT).mandatory()),
                (request, uscc, item, caller) ->
                        calendar.end(caller, item, (LevelOneResponseCalendar.PeriodEnd) request)));
    }

    public Optional<ConsoleForm> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    private void facts(Commitments commitments, Hazards hazards, SuspensionOrders suspensions) {
        add(new ConsoleForm(
                "commitment",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                Commitments.Commitment.class,
                List.of(
                        of("madeOn", Kind.DATE).mandatory(),
                        of("text", Kind.TEXTAREA).mandatory(),
                        of("publishedAt", Kind.DATETIME)),
                (request, uscc, item, caller) -> commitments.make(caller, uscc, (Commitments.Commitment) request)));
        add(new ConsoleForm(
                "hazard",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                Hazards.Hazard.class,
                List.of(
                        of("foundOn", Kind.DATE).mandatory(),
                        of("description", Kind.TEXTAREA).mandatory(),
                        of("major", Kind.YES_NO).mandatory(),
                        of("supervisionNo", Kind.TEXT),
                        of("deadline", Kind.DATE).mandatory()),
                (request, uscc, item, caller) -> hazards.record(caller, uscc, (Hazards.Hazard) request)));
        add(new ConsoleForm(
                "hazard-rectification",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                Hazards.Rectification.class,
                List.of(
                        of("verifiedOn", Kind.DATE).mandatory(),
                        of("verifiedBy", Kind.TEXT).mandatory()),
                (request, uscc, item, caller) -> hazards.rectify(caller, uscc, item, (Hazards.Rectification) request)));
        add(new ConsoleForm(
                "suspension",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                SuspensionOrders.Order.class,
                List.of(
                        of("orderedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) -> suspensions.order(caller, uscc, (SuspensionOrders.Order) request)));
        add(new ConsoleForm(
                "resumption",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                SuspensionOrders.Resumption.class,
                List.of(
                        of("resumedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory()),
                (request, uscc, item, caller) ->
                        suspensions.resume(caller, uscc, item, (SuspensionOrders.Resumption) request)));
    }

    private void add(ConsoleForm form) {
        forms.put(form.id(), form);
    }

    private static List<Choice> regions() {
        return Regions.all().stream()
                .map(r -> new Choice(r.code(), r.name() + " " + r.code(), null))
                .toList();
    }
}
