package org.gongkai.core.roster;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.privacy.IdNumbers;

/** Checks one cell by its column's kind and gives back the value as stored, or the reason it is refused. */
final class CellRules {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    private static final Pattern LANDLINE = Pattern.compile("(?:\\(0\\d{2,3}\\)|0\\d{2,3}-?)?[2-9]\\d{6,7}(?:-\\d{1,6})?");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{8,32}");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_DECIMAL = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?|(\\d{2})(\\d{2}))"
                    + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final int MAX_MONEY_SCALE = 2;

    private CellRules() {
    }

    record Checked(String value, String problem) {

        static Checked ok(String value) {
            return new Checked(value, null);
        }

        static Checked refused(String problem) {
            return new Checked(null, problem);
        }

        boolean isOk() {
            return problem == null;
        }
    }

    static Checked check(RosterColumn column, String raw, LocalDate today) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return column.required() ? Checked.refused("必填项为空") : Checked.ok("");
        }
        if (column.maxLength() != null && value.codePointCount(0, value.length()) > column.maxLength()) {
            return Checked.refused("长度超过" + column.maxLength() + "个字符");
        }
        return switch (column.kind()) {
            case NAME, TEXT, ADDRESS -> Checked.ok(value);
            case ID_NUMBER -> idNumber(halfWidth(value), today);
            case PHONE -> phone(halfWidth(value));
            case BANK_ACCOUNT -> bankAccount(halfWidth(value));
            case INTEGER -> integer(halfWidth(value));
            case DECIMAL -> decimal(halfWidth(value));
            case DATE -> date(halfWidth(value)).map(Checked::ok).orElseGet(CellRules::badDate);
            case BIRTH_DATE -> birthDate(halfWidth(value), today);
        };
    }

    private static Checked idNumber(String value, LocalDate today) {
        if (SCIENTIFIC.matcher(value).matches()) {
            return Checked.refused("身份证号被Excel存成了科学计数法（" + value
                    + "），末几位已丢失：请把该列设为文本格式后重新填写");
        }
        String id = IdNumbers.normalise(value);
        return IdNumbers.problem(id, today).map(Checked::refused).orElseGet(() -> Checked.ok(id));
    }

    private static Checked phone(String value) {
        String compact = value.replaceAll("[\\s\u00A0]", "");
        Matcher mobile = MOBILE.matcher(compact.replace("-", ""));
        if (mobile.matches()) {
            return Checked.ok(mobile.group(1));
        }
        if (LANDLINE.matcher(compact).matches()) {
            return Checked.ok(compact);
        }
        return Checked.refused("电话号码格式不正确：应为11位手机号或固定电话（如0452-2412345）");
    }

    private static Checked bankAccount(String value) {
        if (SCIENTIFIC.matcher(value).matches()) {
            return Checked.refused("银行账号被Excel存成了科学计数法（" + value
                    + "），末几位已丢失：请把该列设为文本格式后重新填写");
        }
        String digits = value.replaceAll("[\\s\u00A0-]", "");
        if (!BANK_ACCOUNT.matcher(digits).matches()) {
            return Checked.refused("银行账号应为8至32位数字");
        }
        return Checked.ok(digits);
    }

    private static Checked integer(String value) {
        String plain = ungrouped(value);
        if (!INTEGER.matcher(plain).matches()) {
            return Checked.refused("应为不小于0的整数");
        }
        return Checked.ok(new BigInteger(plain).toString());
    }

    private static Checked decimal(String value) {
        String plain = ungrouped(value);
        if (!PLAIN_DECIMAL.matcher(plain).matches()) {
            return Checked.refused("应为数字");
        }
        BigDecimal number = new BigDecimal(plain);
        if (number.signum() < 0) {
            return Checked.refused("不能为负数");
        }
        if (number.stripTrailingZeros().scale() > MAX_MONEY_SCALE) {
            return Checked.refused("最多保留两位小数");
        }
        return Checked.ok(number.toPlainString());
    }

    private static Checked birthDate(String value, LocalDate today) {
        Optional<LocalDate> date = date(value).map(LocalDate::parse);
        if (date.isEmpty()) {
            return badDate();
        }
        if (date.get().isAfter(today)) {
            return Checked.refused("出生日期晚于今天");
        }
        if (date.get().getYear() < 1900) {
            return Checked.refused("出生年份早于1900年");
        }
        return Checked.ok(date.get().toString());
    }

    /** yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd, a time of day ignored; as ISO yyyy-MM-dd. */
    static Optional<String> date(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(firstNonNull(m.group(2), m.group(4), m.group(6)));
        int day = Integer.parseInt(firstNonNull(m.group(3), m.group(5), m.group(7)));
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Checked badDate() {
        return Checked.refused("日期无效，应写成2024-03-01或2024/3/1");
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("date pattern matched without month or day");
    }

    private static String ungrouped(String value) {
        return GROUPED_DECIMAL.matcher(value).matches() ? value.replace(",", "") : value;
    }

    /** Full-width digits and letters, as typed with a Chinese input method, read as their ASCII forms. */
    private static String halfWidth(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String value = raw.replace("\uFEFF", "").replace("\u200B", "");
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
