package io.jingchu.hub.ingest.internal.pii;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The kinds of personal information a load looks for in fields not declared as holding any. Checked in this
 * order; a value counts for the first kind it matches (an 18-digit resident ID number may also pass the
 * Luhn check, but it is not a bank card number).
 */
public enum PersonalInformationKind {

    /** 居民身份证号码. */
    RESIDENT_ID_NUMBER(ResidentIdNumbers::isValid, ResidentIdNumbers::mask),
    /** 手机号码. */
    MOBILE_NUMBER(MobileNumbers::isValid, MobileNumbers::mask),
    /** 银行卡号. */
    BANK_CARD_NUMBER(BankCardNumbers::isValid, BankCardNumbers::mask);

    private final Predicate<String> matcher;
    private final UnaryOperator<String> masker;

    PersonalInformationKind(Predicate<String> matcher, UnaryOperator<String> masker) {
        this.matcher = matcher;
        this.masker = masker;
    }

    public boolean matches(String value) {
        return matcher.test(value);
    }

    /** The value with most of it hidden; only for values that {@link #matches(String) match}. */
    public String mask(String value) {
        return masker.apply(value);
    }
}
