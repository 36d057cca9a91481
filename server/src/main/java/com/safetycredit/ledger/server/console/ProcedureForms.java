package com.safetycredit.ledger.server.console;

import static com.safetycredit.ledger.server.console.FormField.of;
import static com.safetycredit.ledger.server.console.FormField.select;

import com.safetycredit.ledger.command.application.ListingProcedures;
import com.safetycredit.ledger.command.application.Objections;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.server.console.ConsoleForm.About;
import com.safetycredit.ledger.server.console.FormField.Choice;
import com.safetycredit.ledger.server.console.FormField.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console's forms of the procedure around a listing (RULES.md §11): the reviewer gives notice, withdraws it,
 * decides repair applications, reinstates, extends and decides objections; the registrar records what the
 * enterprise sends — its statements, its repair application, its objection.
 */
final class ProcedureForms {

    private ProcedureForms() {}

    static void add(Consumer<ConsoleForm> add, ListingProcedures procedures, Objections objections) {
        add.accept(new ConsoleForm(
                "listing-notice",
                "REVIEWER",
                About.ENTERPRISE,
                false,
                ListingProcedures.Notice.class,
                List.of(
                        select("basis", ConsoleForms.listingBases()).mandatory(),
                        select("regime", ConsoleForms.enumChoices(ListingRegime.class)),
                        FormField.suggest("penaltyDecisionNo", PickLists.Source.PENALTY)
                                .mandatory(),
                        of("authority", Kind.TEXT).mandatory(),
                        of("noticeNo", Kind.TEXT).mandatory(),
                        of("noticedOn", Kind.DATE).mandatory(),
                        of("facts", Kind.TEXTAREA).mandatory(),
                        of("groundsOverride.reason", Kind.TEXTAREA),
                        FormField.suggest("principalRegistrationNo", PickLists.Source.PRINCIPAL)),
                (request, uscc, item, caller) -> procedures.notice(caller, uscc, (ListingProcedures.Notice) request)));
        add.accept(new ConsoleForm(
                "listing-statement",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                ListingProcedures.Statement.class,
                List.of(
                        of("receivedOn", Kind.DATE).mandatory(),
                        of("summary", Kind.TEXTAREA).mandatory(),
                        of("waivesStatementPeriod", Kind.CHECKBOX)),
                (request, uscc, item, caller) ->
                        procedures.statement(caller, uscc, item, (ListingProcedures.Statement) request)));
        add.accept(new ConsoleForm(
                "listing-notice-withdrawal",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                ListingProcedures.NoticeWithdrawal.class,
                List.of(
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) ->
                        procedures.withdraw(caller, uscc, item, (ListingProcedures.NoticeWithdrawal) request)));
        add.accept(new ConsoleForm(
                "repair-application",
                "REGISTRAR",
                About.ENTERPRISE_ITEM,
                false,
                ListingProcedures.RepairApplication.class,
                List.of(
                        of("appliedOn", Kind.DATE).mandatory(),
                        of("penaltyExecuted", Kind.YES_NO).mandatory(),
                        of("rectificationReportNo", Kind.TEXT).mandatory(),
                        FormField.pick("commitmentId", PickLists.Source.COMMITMENT)
                                .mandatory()),
                (request, uscc, item, caller) ->
                        procedures.applyForRepair(caller, uscc, item, (ListingProcedures.RepairApplication) request)));
        add.accept(new ConsoleForm(
                "repair-decision",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                ListingProcedures.RepairDecision.class,
                List.of(
                        select("decision", choices("RepairOutcome", "APPROVE", "REJECT"))
                                .mandatory(),
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("reason", Kind.TEXTAREA)),
                (request, uscc, item, caller) ->
                        procedures.decideRepair(caller, item, (ListingProcedures.RepairDecision) request)));
        add.accept(new ConsoleForm(
                "reinstatement",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                ListingProcedures.Reinstatement.class,
                List.of(
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("decisionNo", Kind.TEXT).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) ->
                        procedures.reinstate(caller, uscc, item, (ListingProcedures.Reinstatement) request)));
        add.accept(new ConsoleForm(
                "objection",
                "REGISTRAR",
                About.ENTERPRISE,
                true,
                Objections.Objection.class,
                List.of(
                        of("position", Kind.INTEGER).mandatory(),
                        of("filedOn", Kind.DATE).mandatory(),
                        of("grounds", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) -> objections.file(caller, (Objections.Objection) request)));
        add.accept(new ConsoleForm(
                "objection-extension",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                Objections.Extension.class,
                List.of(
                        of("extendedOn", Kind.DATE).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) -> objections.extend(caller, item, (Objections.Extension) request)));
        add.accept(new ConsoleForm(
                "objection-decision",
                "REVIEWER",
                About.ENTERPRISE_ITEM,
                false,
                Objections.Decision.class,
                List.of(
                        select("decision", choices("ObjectionOutcome", "UPHELD", "REJECTED"))
                                .mandatory(),
                        of("decidedOn", Kind.DATE).mandatory(),
                        of("reason", Kind.TEXTAREA).mandatory()),
                (request, uscc, item, caller) -> objections.decide(caller, item, (Objections.Decision) request)));
    }

    private static List<Choice> choices(String type, String... values) {
        return Arrays.stream(values)
                .map(v -> new Choice(v, v, "enum." + type + "." + v))
                .toList();
    }
}
