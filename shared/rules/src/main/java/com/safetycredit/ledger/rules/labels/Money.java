package com.safetycredit.ledger.rules.labels;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as a person reads it: yuan with its fen, grouped by thousands ("1,234.56 元"). */
public final class Money {

    private Money() {}

    /** The amount of {@code fen} in yuan with two decimals and the unit. */
    public static String yuan(long fen, Locale locale) {
        return number(fen) + (Labels.english(locale) ? " yuan" : " 元");
    }

    /** Whole yuan (as fines and losses are recorded) in the same form. */
    public static String wholeYuan(long yuan, Locale locale) {
        return yuan(Math.multiplyExact(yuan, 100L), locale);
    }

    /** The number alone, for a column whose heading names the unit: "1,234.56". */
    public static String number(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen, 2));
    }
}
