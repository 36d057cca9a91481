package com.safetycredit.ledger.server.console;

import static com.safetycredit.ledger.server.console.FormField.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.command.application.Accidents;
import com.safetycredit.ledger.command.application.Certifications;
import com.safetycredit.ledger.command.application.Penalties;
import com.safetycredit.ledger.command.application.SafetyInvestments;
import com.safetycredit.ledger.server.console.ConsoleForm.About;
import com.safetycredit.ledger.server.console.FormField.Choice;
import com.safetycredit.ledger.server.console.FormField.Kind;
import com.safetycredit.ledger.server.security.Accounts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Form values become the REST request record, or an explanation per field in the user's language. */
class FormBinderTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = VALIDATION.getValidator();

    final FormBinder binder =
            new FormBinder(new ObjectMapper().registerModule(new JavaTimeModule()), VALIDATOR, messages());

    final ConsoleForm accident = new ConsoleForm(
            "accident",
            "REGISTRAR",
            About.ENTERPRISE,
            false,
            Accidents.AccidentReport.class,
            List.of(
                    of("occurredAt", Kind.DATETIME).mandatory(),
                    FormField.select("category", List.of(new Choice("PRODUCTION", "PRODUCTION", null)))
                            .mandatory(),
                    of("deaths", Kind.INTEGER).mandatory(),
                    of("seriousInjuries", Kind.INTEGER).mandatory(),
                    of("personsEndangered", Kind.INTEGER).mandatory(),
                    of("directLossYuan", Kind.INTEGER).mandatory(),
                    of("duringLevelOneResponse", Kind.CHECKBOX),
                    of("reportNo", Kind.TEXT).mandatory()),
            (request, uscc, item, caller) -> null);

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static MultiValueMap<String, String> values(Map<String, String> values) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        values.forEach(form::add);
        return form;
    }

    @Test
    void aCompleteFormBecomesTheRequestWithChinaTimeForALocalDateTime() {
        FormBinder.Binding binding = binder.bind(
                accident,
                values(Map.of(
                        "occurredAt",
                        "2024-05-01T14:30",
                        "category",
                        "PRODUCTION",
                        "deaths",
                        "0",
                        "seriousInjuries",
                        "10",
                        "personsEndangered",
                        "0",
                        "directLossYuan",
                        "800000",
                        "duringLevelOneResponse",
                        "true",
                        "reportNo",
                        "平应急事〔2024〕5号")),
                null,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(binding.errors()).isEmpty();
        Accidents.AccidentReport report = (Accidents.AccidentReport) binding.request();
        assertThat(report.occurredAt()).isEqualTo(OffsetDateTime.parse("2024-05-01T14:30+08:00"));
        assertThat(report.seriousInjuries()).isEqualTo(10);
        assertThat(report.duringLevelOneResponse()).isTrue();
    }

    @Test
    void everyWrongFieldIsExplainedInChineseAndNoRequestIsBuilt() {
        FormBinder.Binding binding = binder.bind(
                accident,
                values(Map.of(
                        "occurredAt",
                        "yesterday",
                        "category",
                        "EARTHQUAKE",
                        "deaths",
                        "-1",
                        "seriousInjuries",
                        "ten",
                        "personsEndangered",
                        "2000000",
                        "directLossYuan",
                        "0")),
                null,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(binding.request()).isNull();
        assertThat(binding.errors())
                .containsEntry("occurredAt", "请输入有效的日期和时间")
                .containsEntry("category", "请从列表中选择")
                .containsEntry("deaths", "不能为负数")
                .containsEntry("seriousInjuries", "请输入整数")
                .containsEntry("personsEndangered", "不能大于 1,000,000")
                .containsEntry("reportNo", "必填");
    }

    @Test
    void theSameFormSpeaksEnglish() {
        FormBinder.Binding binding = binder.bind(accident, values(Map.of("deaths", "-1")), null, Locale.ENGLISH);
        assertThat(binding.errors())
                .containsEntry("deaths", "must not be negative")
                .containsEntry("reportNo", "required");
    }

    @Test
    void nestedFieldsAndTheirOwnWordingApply() {
        ConsoleForm certification = new ConsoleForm(
                "certification",
                "REGISTRAR",
                About.ENTERPRISE,
                false,
                Certifications.Certification.class,
                List.of(
                        of("type", Kind.TEXT).mandatory(),
                        of("certificateNo", Kind.TEXT).mandatory(),
                        of("issuer", Kind.TEXT).mandatory(),
                        of("issuedOn", Kind.DATE).mandatory(),
                        of("person.name", Kind.TEXT),
                        of("person.idMasked", Kind.TEXT)),
                (request, uscc, item, caller) -> null);
        FormBinder.Binding binding = binder.bind(
                certification,
                values(Map.of(
                        "type",
                        "REGISTERED_SAFETY_ENGINEER",
                        "certificateNo",
                        "2021-001",
                        "issuer",
                        "人力资源社会保障部",
                        "issuedOn",
                        "2021-02-30",
                        "person.name",
                        "王丽",
                        "person.idMasked",
                        "330482198001011234")),
                null,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(binding.errors())
                .containsEntry("issuedOn", "请输入有效日期（年-月-日）")
                .containsEntry("person.idMasked", "身份证号须脱敏，例如 3304**********123X");
    }

    @Test
    void multipleChoicesMustAllBeOffered() {
        ConsoleForm account = new ConsoleForm(
                "account",
                "ADMIN",
                About.ACCOUNT,
                false,
                Accounts.NewUser.class,
                List.of(
                        of("name", Kind.TEXT).mandatory(),
                        of("password", Kind.PASSWORD).mandatory(),
                        FormField.multi("roles", List.of(new Choice("REGISTRAR", "REGISTRAR", null)))
                                .mandatory()),
                (request, uscc, item, caller) -> null);
        MultiValueMap<String, String> form = values(Map.of("name", "clerk", "password", "a-long-enough-password"));
        form.add("roles", "REGISTRAR");
        form.add("roles", "ROOT");
        assertThat(binder.bind(account, form, null, Locale.SIMPLIFIED_CHINESE).errors())
                .containsOnlyKeys("roles")
                .containsEntry("roles", "请从列表中选择");
        form.remove("roles");
        assertThat(binder.bind(account, form, null, Locale.SIMPLIFIED_CHINESE).errors())
                .containsEntry("roles", "必填");
        form.add("roles", "REGISTRAR");
        assertThat(binder.bind(account, form, null, Locale.SIMPLIFIED_CHINESE).valid())
                .isTrue();
    }

    final ConsoleForm investment = new ConsoleForm(
            "investment",
            "REGISTRAR",
            About.ENTERPRISE,
            false,
            SafetyInvestments.SafetyInvestment.class,
            List.of(
                    FormField.select("type", List.of(new Choice("LIABILITY_INSURANCE", "LIABILITY_INSURANCE", null)))
                            .mandatory(),
                    of("policyYear", Kind.INTEGER).mandatory(),
                    of("amountYuan", Kind.YUAN).mandatory()),
            (request, uscc, item, caller) -> null);

    final ConsoleForm penalty = new ConsoleForm(
            "penalty",
            "REGISTRAR",
            About.ENTERPRISE,
            false,
            Penalties.Penalty.class,
            List.of(
                    of("decisionNo", Kind.TEXT).mandatory(),
                    of("decidedOn", Kind.DATE).mandatory(),
                    of("violation", Kind.TEXT).mandatory(),
                    of("fineYuan", Kind.WHOLE_YUAN).mandatory(),
                    of("serious", Kind.YES_NO).mandatory(),
                    of("summaryProcedure", Kind.YES_NO).mandatory()),
            (request, uscc, item, caller) -> null);

    private FormBinder.Binding premium(String typed) {
        return binder.bind(
                investment,
                values(Map.of("type", "LIABILITY_INSURANCE", "policyYear", "2024", "amountYuan", typed)),
                null,
                Locale.SIMPLIFIED_CHINESE);
    }

    private FormBinder.Binding fine(String typed) {
        return binder.bind(
                penalty,
                values(Map.of(
                        "decisionNo", "平应急罚〔2024〕1号",
                        "decidedOn", "2024-03-01",
                        "violation", "未按规定投保",
                        "fineYuan", typed,
                        "serious", "false",
                        "summaryProcedure", "false")),
                null,
                Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void moneyIsTypedInYuanWithFenAsAClerkWritesIt() {
        FormBinder.Binding typed = premium("1,234.56");
        assertThat(typed.errors()).isEmpty();
        assertThat(((SafetyInvestments.SafetyInvestment) typed.request()).amountYuan())
                .isEqualByComparingTo("1234.56");
        assertThat(((SafetyInvestments.SafetyInvestment) premium("12，000 元").request()).amountYuan())
                .isEqualByComparingTo("12000");
        assertThat(premium("1,234.567").errors()).containsEntry("amountYuan", "金额最多两位小数（到分）");
        assertThat(premium("一千元").errors()).containsEntry("amountYuan", "请输入金额（元），如 1,234.56");
        assertThat(premium("-5").errors()).containsKey("amountYuan");
    }

    @Test
    void wholeYuanFieldsTakeSeparatorsButNoFen() {
        assertThat(((Penalties.Penalty) fine("30,000").request()).fineYuan()).isEqualTo(30_000L);
        assertThat(((Penalties.Penalty) fine("30,000.00").request()).fineYuan()).isEqualTo(30_000L);
        assertThat(fine("30,000.50").errors()).containsEntry("fineYuan", "本项按整元记录，不能填写角、分");
        assertThat(fine("30,000.505").errors()).containsEntry("fineYuan", "金额最多两位小数（到分）");
    }
}
