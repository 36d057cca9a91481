package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.command.application.AwardApplications;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.server.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Shows a write form and sends it. A form that is wrong comes back with each field's problem beside it and
 * nothing appended; a refusal by the ledger's rules (out of order, already recorded, unknown) comes back
 * with the same explanation the REST API gives. Every form carries an idempotency key, so a double click or a
 * resubmitted page records the fact once.
 */
@ConsoleOnly
@Controller
public class FormController {

    private final ConsoleForms forms;
    private final FormBinder binder;
    private final ProblemResponses problems;
    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;
    private final ReviewSummary reviews;
    private final PickLists pickLists;

    public FormController(
            ConsoleForms forms,
            FormBinder binder,
            ProblemResponses problems,
            ReadYourWrites readYourWrites,
            MessageSource messages,
            ReviewSummary reviews,
            PickLists pickLists) {
        this.reviews = reviews;
        this.pickLists = pickLists;
        this.forms = forms;
        this.binder = binder;
        this.problems = problems;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId}")
    public String show(
            @PathVariable String formId,
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) String item,
            HttpServletRequest http,
            Model model) {
        ConsoleForm form = allowed(formId, http);
        return render(
                model,
                form,
                uscc,
                item,
                defaults(form, http),
                Map.of(),
                null,
                UUID.randomUUID().toString());
    }

    @PostMapping("/forms/{formId}")
    public String submit(
            @PathVariable String formId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest http,
            RequestMetadata caller,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ConsoleForm form = allowed(formId, http);
        String uscc = Blank.toNull(params.getFirst("_uscc"));
        String item = Blank.toNull(params.getFirst("_item"));
        String key = params.getFirst("_idempotencyKey") == null
                ? UUID.randomUUID().toString()
                : params.getFirst("_idempotencyKey");
        FormBinder.Binding binding = binder.bind(form, params, uscc, locale);
        if (!binding.valid()) {
            return render(model, form, uscc, item, params, binding.errors(), null, key);
        }
        WriteResponse written;
        try {
            written = form.submission()
                    .send(binding.request(), uscc, item, caller.withIdempotencyKey(key))
                    .response();
        } catch (RuntimeException e) {
            ProblemDetail problem = problems.describe(e);
            Map<String, String> beside = fieldErrors(form, problem, locale);
            // a refusal about a field is shown beside it; anything else at the top of the form
            return render(model, form, uscc, item, params, beside, beside.isEmpty() ? problem : null, key);
        }
        boolean current = written.position() == null
                || readYourWrites.await(
                        written.position(), form.requestType().getEnclosingClass() == AwardApplications.class);
        redirect.addFlashAttribute(
                "recorded",
                new Recorded(written.id(), written.position(), written.grade(), written.outcome(), current));
        if (form.about() == ConsoleForm.About.APPLICATION) {
            return "redirect:/queue";
        }
        if (form.about() == ConsoleForm.About.ACCOUNT) {
            redirect.addFlashAttribute("changed", new UsersPage.Changed(written.id(), ACCOUNT_CHANGES.get(form.id())));
            return "redirect:/users";
        }
        if (form.about() == ConsoleForm.About.CALENDAR) {
            return "redirect:/emergency-responses";
        }
        String subject = form.about().createsSubject() ? written.id() : uscc;
        return "redirect:" + form.about().page() + UriUtils.encodePathSegment(subject, StandardCharsets.UTF_8);
    }

    /** What the accounts page announces after each account form ({@code users.<what>}). */
    private static final Map<String, String> ACCOUNT_CHANGES =
            Map.of("account", "created", "account-update", "updated", "account-password", "passwordReset");

    /** What the next page announces: the write, its ledger position, and whether the lists already show it. */
    public record Recorded(String id, Long position, String grade, String outcome, boolean current) {}

    private ConsoleForm allowed(String formId, HttpServletRequest http) {
        ConsoleForm form = forms.find(formId).orElseThrow(() -> new NotFoundException("unknown-form", null, formId));
        if (!http.isUserInRole(form.role())) {
            throw new AccessDeniedException("Form " + formId + " needs role " + form.role());
        }
        return form;
    }

    /**
     * A link may preset a field: the queue's review link names the department it came from, the accounts page's
     * edit link an account's present roles (several values) and department.
     */
    private static MultiValueMap<String, String> defaults(ConsoleForm form, HttpServletRequest http) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (FormField field : form.fields()) {
            String[] presets = http.getParameterValues(field.name());
            if (presets != null && field.kind() != FormField.Kind.PASSWORD) {
                values.addAll(field.name(), List.of(presets));
            }
        }
        return values;
    }

    private String render(
            Model model,
            ConsoleForm form,
            String uscc,
            String item,
            MultiValueMap<String, String> params,
            Map<String, String> errors,
            ProblemDetail problem,
            String key) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            // a password is never sent back to the browser
            if (field.kind() != FormField.Kind.PASSWORD && params.getFirst(field.name()) != null) {
                values.put(field.name(), params.getFirst(field.name()));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("subjectPage", form.about().page());
        model.addAttribute("subjectMessage", form.about().subjectMessage());
        model.addAttribute("uscc", uscc);
        model.addAttribute("item", item);
        model.addAttribute("values", values);
        model.addAttribute("chosen", params);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute(
                "problemType",
                problem == null || problem.getType() == null
                        ? null
                        : problem.getType()
                                .getPath()
                                .substring(problem.getType().getPath().lastIndexOf('/') + 1));
        model.addAttribute("idempotencyKey", key);
        Map<String, List<FormField.Choice>> picks = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.picks() != null) {
                picks.put(field.name(), pickLists.of(field.picks(), uscc));
            }
        }
        model.addAttribute("picks", picks);
        model.addAttribute(
                "review",
                form.about() == ConsoleForm.About.APPLICATION ? reviews.of(item).orElse(null) : null);
        return "form";
    }

    /**
     * The problem's field errors placed beside the fields, in the user's language where the check is known
     * ({@code problem.<code>}); anything not about a field stays at the top of the form.
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> fieldErrors(ConsoleForm form, ProblemDetail problem, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Object listed =
                problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (listed instanceof List<?> list) {
            for (Object entry : list) {
                Map<String, String> error = (Map<String, String>) entry;
                String field = error.get("field");
                if (form.fields().stream().anyMatch(f -> f.name().equals(field))) {
                    errors.putIfAbsent(field, error.get("message"));
                }
            }
        }
        return errors;
    }
}
