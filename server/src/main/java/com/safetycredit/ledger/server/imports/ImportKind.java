package com.safetycredit.ledger.server.imports;

import com.safetycredit.ledger.command.application.Certifications.Certification;
import com.safetycredit.ledger.command.application.EnterpriseRegistrations.RegisterEnterpriseRequest;
import com.safetycredit.ledger.command.application.Penalties.Penalty;
import java.util.List;

/**
 * What a spreadsheet can bring in, each with its columns (headed by the fields' labels, as the template has them),
 * the API request each row becomes, and the row's key: a row imported twice is the same write (its
 * {@code Idempotency-Key} is made from the key), so importing a file again appends nothing new.
 */
public enum ImportKind {
    ENTERPRISES(
            RegisterEnterpriseRequest.class,
            List.of("uscc"),
            List.of(
                    ImportColumn.text("uscc", true),
                    ImportColumn.text("name", true),
                    ImportColumn.code("industry", true, "industry"),
                    ImportColumn.code("regionCode", true, "region"),
                    ImportColumn.text("address", false),
                    ImportColumn.date("registeredOn", false))),
    PENALTIES(
            Penalty.class,
            List.of("uscc", "decisionNo"),
            List.of(
                    ImportColumn.text("uscc", true),
                    ImportColumn.text("decisionNo", true),
                    ImportColumn.date("decidedOn", true),
                    ImportColumn.text("violation", true),
                    ImportColumn.integer("fineYuan", true),
                    ImportColumn.yesNo("serious"),
                    ImportColumn.yesNo("summaryProcedure"),
                    ImportColumn.code("permitViolation", false, "enum.PermitViolation"))),
    CERTIFICATIONS(
            Certification.class,
            List.of("uscc", "certificateNo"),
            List.of(
                    ImportColumn.text("uscc", true),
                    ImportColumn.code("type", true, "enum.CertificationType"),
                    ImportColumn.code("level", false, "level"),
                    ImportColumn.text("certificateNo", true),
                    ImportColumn.text("issuer", true),
                    ImportColumn.date("issuedOn", true),
                    ImportColumn.date("expiresOn", false)));

    private final Class<?> requestType;
    private final List<String> key;
    private final List<ImportColumn> columns;

    ImportKind(Class<?> requestType, List<String> key, List<ImportColumn> columns) {
        this.requestType = requestType;
        this.key = key;
        this.columns = columns;
    }

    public Class<?> requestType() {
        return requestType;
    }

    /** The fields whose values name a row's fact: the enterprise, and its decision or certificate number. */
    public List<String> key() {
        return key;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** {@code penalties} → PENALTIES. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
