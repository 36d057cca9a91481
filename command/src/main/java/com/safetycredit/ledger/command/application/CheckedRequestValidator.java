package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs a request's field checks and reports each refusal as a violation on its field. The refusal itself rides
 * along as the violation's payload, so whoever explains the violation (the REST answer, the console form) uses its
 * code and values, exactly as for a refusal the use case throws.
 */
public class CheckedRequestValidator implements ConstraintValidator<ValidRequest, CheckedRequest> {

    private final Clock clock;

    /** Outside Spring (plain Bean Validation): today is the system's today. */
    public CheckedRequestValidator() {
        this(Clock.systemUTC());
    }

    @Autowired
    public CheckedRequestValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(CheckedRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        FieldChecks checks = new FieldChecks(clock);
        request.check(checks);
        if (checks.problems().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (InvalidInputException problem : checks.problems()) {
            hibernate.withDynamicPayload(problem);
            var builder = hibernate.buildConstraintViolationWithTemplate(problem.code());
            String[] path =
                    problem.field() == null ? new String[0] : problem.field().split("\\.");
            if (path.length == 0) {
                builder.addConstraintViolation();
                continue;
            }
            var node = builder.addPropertyNode(path[0]);
            for (int i = 1; i < path.length; i++) {
                node = node.addPropertyNode(path[i]);
            }
            node.addConstraintViolation();
        }
        return false;
    }
}
