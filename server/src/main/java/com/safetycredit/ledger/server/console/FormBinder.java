package com.safetycredit.ledger.server.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.server.web.FieldProblems;
import com.safetycredit.ledger.server.web.ProblemTexts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns the fields of a submitted form into the endpoint's request record and explains, field by field and
 * in the user's language, what is wrong with it: first what cannot be read (a word where a number belongs),
 * then the request's own Bean Validation constraints — the same ones the REST endpoint enforces.
 */
@ConsoleOnly
@Component
public class FormBinder {

    /** A form's outcome: the request when every field is right, else the message for each wrong field. */
    public record Binding(Object request, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final MessageSource messages;

    public FormBinder(ObjectMapper objectMapper, Validator validator, MessageSource messages) {
        // the form's own reading is strict (INTEGER, DATE, YES_NO above); a choice from a list arrives as text,
        // and a year or a basis number chosen from a list is read as the number it names
        this.objectMapper = objectMapper.copy();
        this.objectMapper
                .coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        this.validator = validator;
        this.messages = messages;
    }

    public Binding bind(ConsoleForm form, MultiValueMap<String, String> values, String uscc, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        if (form.usccInBody()) {
            body.put("uscc", uscc);
        }
        for (FormField field : form.fields()) {
            if (field.kind() == FormField.Kind.MULTI) {
                List<String> chosen = values.getOrDefault(field.name(), List.of());
                if (chosen.stream().anyMatch(v -> field.choices().stream()
                        .noneMatch(c -> c.value().equals(v)))) {
                    errors.put(field.name(), message("console.error.select", locale));
                } else if (chosen.isEmpty() && field.required()) {
                    errors.put(field.name(), message("console.error.required", locale));
                } else {
                    put(body, field.name(), List.copyOf(chosen));
                }
                continue;
            }
            String first = values.getFirst(field.name());
            String raw = first == null ? "" : first.strip();
            if (field.kind() == FormField.Kind.CHECKBOX) {
                put(body, field.name(), !raw.isEmpty());
                continue;
            }
            if (raw.isEmpty()) {
                if (field.required()) {
                    errors.put(field.name(), message("console.error.required", locale));
                }
                continue;
            }
            try {
                put(body, field.name(), read(field, raw));
            } catch (YuanInput.Refused e) {
                errors.put(field.name(), message(e.getMessage(), locale));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.put(
                        field.name(),
                        message("console.error." + field.kind().name().toLowerCase(Locale.ROOT), locale));
            }
        }
        Object request;
        try {
            request = objectMapper.convertValue(body, form.requestType());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent("", message("console.error.unreadable", locale));
            return new Binding(null, errors);
        }
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            LedgerProblem problem = FieldProblems.of(violation);
            String field = problem.field() == null ? "" : problem.field();
            errors.putIfAbsent(field, ProblemTexts.message(problem, locale));
        }
        return new Binding(errors.isEmpty() ? request : null, errors);
    }

    /** The typed value of a field; a choice must be one of those offered. */
    private static Object read(FormField field, String raw) {
        return switch (field.kind()) {
            case INTEGER -> Long.parseLong(raw);
            case YUAN -> YuanInput.parse(raw, false).toPlainString();
            case WHOLE_YUAN -> YuanInput.parse(raw, true).longValueExact();
            case DATE -> LocalDate.parse(raw).toString();
                // the datetime-local input has no offset: the bureau's clock is China time
            case DATETIME -> LocalDateTime.parse(raw)
                    .atOffset(ZoneOffset.ofHours(8))
                    .toString();
            case YES_NO -> switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(raw);
            };
            case SELECT -> {
                if (field.choices().stream().noneMatch(c -> c.value().equals(raw))) {
                    throw new IllegalArgumentException(raw);
                }
                yield raw;
            }
            default -> raw;
        };
    }

    /** Nested request objects are written with dots: {@code person.name}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            body.put(name, value);
            return;
        }
        Map<String, Object> nested =
                (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot), k -> new HashMap<String, Object>());
        put(nested, name.substring(dot + 1), value);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
