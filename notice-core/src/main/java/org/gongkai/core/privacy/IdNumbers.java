package org.gongkai.core.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.api.privacy.PersonalNumbers;

/** Resident identity numbers (GB 11643-1999): 18 characters, birth date at 7-14, ISO 7064 MOD 11-2 check. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final int EARLIEST_YEAR = 1900;

    private IdNumbers() {
    }

    /**
     * The stored and compared form of an ID number, as {@link PersonalNumbers#canonical}: ASCII digits, separators
     * and invisible characters gone, a trailing x upper-cased.
     */
    public static String normalise(String id) {
        return id == null ? null : PersonalNumbers.canonical(id).toUpperCase(Locale.ROOT);
    }

    /** Why the ID is invalid, with birth dates after {@code today} refused; empty when it is valid. */
    public static Optional<String> problem(String id, LocalDate today) {
        String value = normalise(id);
        if (value == null || value.isEmpty()) {
            return Optional.of("身份证号为空");
        }
        if (value.length() != 18) {
            return Optional.of("身份证号应为18位");
        }
        if (!allDigits(value.substring(0, 17))) {
            return Optional.of("身份证号前17位应为数字");
        }
        char last = value.charAt(17);
        if (!isDigit(last) && last != 'X') {
            return Optional.of("身份证号末位应为数字或X");
        }
        Optional<String> birthProblem = birthDateProblem(value, today);
        if (birthProblem.isPresent()) {
            return birthProblem;
        }
        char expected = checkDigit(value.substring(0, 17));
        if (last != expected) {
            return Optional.of("身份证号校验位错误，应为" + expected);
        }
        return Optional.empty();
    }

    public static boolean isValid(String id, LocalDate today) {
        return problem(id, today).isEmpty();
    }

    /** The check character for the first 17 digits. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17)) {
            throw new IllegalArgumentException("身份证号本体码应为17位数字");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** The full 18-character ID for 17 digits; used to make fictional demo people. */
    public static String withCheckDigit(String first17) {
        return first17 + checkDigit(first17);
    }

    /** The birth date encoded at positions 7-14; throws when those characters are not a real date. */
    public static LocalDate birthDate(String id) {
        String value = normalise(id);
        if (value == null || value.length() < 14 || !allDigits(value.substring(6, 14))) {
            throw new IllegalArgumentException("身份证号中的出生日期无效");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("身份证号中的出生日期无效", e);
        }
    }

    private static Optional<String> birthDateProblem(String value, LocalDate today) {
        LocalDate birth;
        try {
            birth = birthDate(value);
        } catch (IllegalArgumentException e) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (birth.getYear() < EARLIEST_YEAR) {
            return Optional.of("身份证号中的出生年份早于1900年");
        }
        if (birth.isAfter(today)) {
            return Optional.of("身份证号中的出生日期晚于今天");
        }
        return Optional.empty();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
