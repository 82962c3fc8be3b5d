package org.gongkai.core.privacy;

/**
 * An unmasked personal number found before release. {@code path} names the field (e.g. {@code rows[3].remark}),
 * {@code kind} is {@link #ID_NUMBER} or {@link #MOBILE}, and {@code excerpt} is the surrounding text with every
 * number in it masked, so the report itself leaks nothing.
 */
public record PrivacyHit(String path, String kind, String excerpt) {

    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String MOBILE = "MOBILE";

    /** A reason a reviewer can read, e.g. "未脱敏的身份证号". */
    public String reason() {
        return ID_NUMBER.equals(kind) ? "未脱敏的身份证号" : "未脱敏的手机号码";
    }
}
