package com.safetycredit.ledger.server.console;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Money as a clerk types it: yuan with thousands separators and up to two decimals ({@code 1,234.56}, also with
 * a full-width comma or a trailing 元). A third decimal is refused rather than rounded; where the API records
 * whole yuan (fines, direct losses) any jiao or fen is refused too, so nothing typed is silently dropped.
 */
final class YuanInput {

    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");

    /** Why a typed amount was refused: the message key of the console's words for it. */
    static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String messageKey) {
            super(messageKey);
        }
    }

    private YuanInput() {}

    /** The amount in yuan; {@code whole}: no fraction of a yuan allowed. */
    static BigDecimal parse(String typed, boolean whole) {
        String plain =
                typed.strip().replace(",", "").replace("，", "").replace(" ", "").replaceFirst("元$", "");
        if (!AMOUNT.matcher(plain).matches()) {
            throw new Refused("console.error.yuan");
        }
        BigDecimal amount = new BigDecimal(plain);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new Refused("console.error.yuanFen");
        }
        if (whole && amount.stripTrailingZeros().scale() > 0) {
            throw new Refused("console.error.yuanWhole");
        }
        return amount;
    }
}
