package com.safetycredit.ledger.contracts.values;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The aggregate identifiers of credit subjects other than enterprises. An enterprise's stream is its USCC; an
 * agency's is its USCC behind a prefix (a company may be both a supervised enterprise and an agency, each with
 * its own history), a practitioner's is the registration number behind one.
 */
public final class SubjectIds {

    public static final String AGENCY_PREFIX = "agy-";
    public static final String PRACTITIONER_PREFIX = "prc-";

    /**
     * A registration number as printed on a certificate: letters, digits, Chinese characters and hyphens; spaces
     * are ignored.
     */
    private static final Pattern REGISTRATION_NO = Pattern.compile("[\\p{IsHan}A-Z0-9-]{2,40}");

    private SubjectIds() {}

    public static String agency(String uscc) {
        return AGENCY_PREFIX + uscc;
    }

    public static String practitioner(String registrationNo) {
        return PRACTITIONER_PREFIX + registrationNo(registrationNo);
    }

    /** The registration number without spaces, upper case: one person, one key (the engineer award's too). */
    public static String registrationNo(String text) {
        return text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the text, normalised, is a registration number the ledger keys a person by. */
    public static boolean isRegistrationNo(String text) {
        return text != null && REGISTRATION_NO.matcher(registrationNo(text)).matches();
    }

    public static boolean isAgency(String aggregateId) {
        return aggregateId != null && aggregateId.startsWith(AGENCY_PREFIX);
    }

    public static boolean isPractitioner(String aggregateId) {
        return aggregateId != null && aggregateId.startsWith(PRACTITIONER_PREFIX);
    }
}
