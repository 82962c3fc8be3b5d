package org.gongkai.core.privacy;

/**
 * An unmasked personal number found before release. {@code path} names the field (e.g. {@code rows[3].remark}),
 * {@code kind} is {@link #ID_NUMBER}, {@link #MOBILE} or {@link #BANK_CARD}, and {@code excerpt} is the surrounding text with every
 * number in it masked, so the report itself leaks nothing.
 */
public record PrivacyHit(String path, String kind, String excerpt) {

    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String MOBILE = "MOBILE";
    public static final String BANK_CARD = "BANK_CARD";

    /** A reason a reviewer can read, e.g. "未脱敏的身份证号". */
    public String reason() {
        return switch (kind) {
            case ID_NUMBER -> "未脱敏的身份证号";
            case BANK_CARD -> "未脱敏的银行卡号";
            default -> "未脱敏的手机号码";
        };
    }
}
