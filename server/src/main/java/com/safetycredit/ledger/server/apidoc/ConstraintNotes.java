package com.safetycredit.ledger.server.apidoc;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * The validation annotations of the request records that springdoc leaves out: {@code @PositiveOrZero} and
 * {@code @Positive} as minimums, and the ledger's own constraints (a text without control characters, say) as
 * a sentence after the field's description — from {@code texts.yml} ({@code constraints}), else the
 * constraint's own message.
 */
class ConstraintNotes implements PropertyCustomizer {

    static final String NOT_BLANK = "x-not-blank";

    private final ApiTexts texts;

    ConstraintNotes(ApiTexts texts) {
        this.texts = texts;
    }

    @Override
    @SuppressWarnings("rawtypes") // springdoc's PropertyCustomizer declares it raw
    public Schema customize(Schema property, AnnotatedType type) {
        if (type.getCtxAnnotations() == null) {
            return property;
        }
        List<String> notes = new ArrayList<>();
        for (Annotation annotation : type.getCtxAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind == NotBlank.class) {
                // a @Size beside it sets minLength 0 after this runs: SchemaDocs raises it to 1
                property.addExtension(NOT_BLANK, true);
            } else if (kind == PositiveOrZero.class && property.getMinimum() == null) {
                property.setMinimum(BigDecimal.ZERO);
            } else if (kind == Positive.class && property.getMinimum() == null) {
                property.setExclusiveMinimumValue(BigDecimal.ZERO);
            } else if (kind.isAnnotationPresent(Constraint.class)
                    && !kind.getPackageName().equals("jakarta.validation.constraints")) {
                notes.add(texts.constraint(kind.getSimpleName()).orElseGet(() -> message(annotation)));
            }
        }
        if (!notes.isEmpty()) {
            String before = property.getDescription();
            String added = String.join(" ", notes);
            property.setDescription(before == null || before.isBlank() ? added : before + " " + added);
        }
        return property;
    }

    private static String message(Annotation annotation) {
        try {
            return String.valueOf(
                    annotation.annotationType().getMethod("message").invoke(annotation));
        } catch (ReflectiveOperationException e) {
            return "@" + annotation.annotationType().getSimpleName();
        }
    }
}
