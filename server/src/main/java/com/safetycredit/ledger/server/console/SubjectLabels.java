package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.rules.domain.AgencyMisconduct;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.InterviewKind;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of the agencies' and practitioners' codes, as their pages show them
 * ({@code ${@subjectLabels.service(code)}}); English where the messages have one.
 */
@ConsoleOnly
@Component("subjectLabels")
public class SubjectLabels {

    private final MessageSource messages;

    public SubjectLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String service(String code) {
        return code == null ? "" : translated("agencyService." + code, AgencyServices.label(code));
    }

    public String services(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::service).collect(Collectors.joining("、"));
    }

    public String checkResult(String code) {
        return label(code, QualityCheckResult.class, QualityCheckResult::label);
    }

    public String interviewKind(String code) {
        return label(code, InterviewKind.class, InterviewKind::label);
    }

    public String misconduct(String code) {
        return label(code, AgencyMisconduct.class, AgencyMisconduct::label);
    }

    public String qualification(String code) {
        return label(code, Qualification.class, Qualification::label);
    }

    public String employerKind(String code) {
        return label(code, EmployerKind.class, EmployerKind::label);
    }

    private <E extends Enum<E>> String label(String code, Class<E> type, Function<E, String> chinese) {
        if (code == null) {
            return "";
        }
        try {
            return translated("enum." + type.getSimpleName() + "." + code, chinese.apply(Enum.valueOf(type, code)));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private String translated(String key, String chinese) {
        return messages.getMessage(key, null, chinese, LocaleContextHolder.getLocale());
    }
}
