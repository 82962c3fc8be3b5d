package org.gongkai.core.roster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.dhatim.fastexcel.reader.Cell;

/** Turns a cell into the text a person sees in Excel, without losing digits Excel actually stored. */
final class XlsxCells {

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SECONDS_PER_DAY = 86_400;

    private XlsxCells() {
    }

    static String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> value == null ? "" : value.toString();
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case NUMBER, FORMULA -> value instanceof BigDecimal number
                    ? number(cell.getRawValue(), number, cell.getDataFormatId(), cell.getDataFormatString(), date1904)
                    : value == null ? "" : value.toString();
        };
    }

    /**
     * Integral values keep every digit that was stored, so an ID written as a whole number stays 18 digits. Excel
     * keeps only 15 significant digits, and a value stored as a floating-point number in exponent form cannot hold
     * more either: such a long integer is shown in exponent form, as Excel shows it, since its last digits are
     * not data.
     */
    static String number(String raw, BigDecimal number, Integer formatId, String format, boolean date1904) {
        if (isDateFormat(formatId, format)) {
            return date(number, date1904);
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        }
        int digits = EXCEL_PRECISION.getPrecision();
        boolean longInteger = stripped.precision() - stripped.scale() > digits;
        boolean floatingPoint = raw != null && (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0);
        if (longInteger && (floatingPoint || stripped.precision() <= digits)) {
            return stripped.round(EXCEL_PRECISION).stripTrailingZeros().toString();
        }
        return stripped.toPlainString();
    }

    /** Built-in date ids (27-36 and 50-58 are the CJK ones), or a custom pattern with year, day or hour. */
    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null) {
            int id = formatId;
            if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
                return true;
            }
        }
        if (format == null) {
            return false;
        }
        String pattern = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\\\.", "")
                .toLowerCase();
        return pattern.indexOf('y') >= 0 || pattern.indexOf('d') >= 0 || pattern.indexOf('h') >= 0;
    }

    private static String date(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (seconds >= SECONDS_PER_DAY) {
            days++;
            seconds -= SECONDS_PER_DAY;
        }
        LocalDate date;
        if (date1904) {
            date = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days < 61) {
            // Excel counts a 29 February 1900 that never was; serials before it are one day off the other way
            date = LocalDate.of(1899, 12, 31).plusDays(days);
        } else {
            date = LocalDate.of(1899, 12, 30).plusDays(days);
        }
        if (seconds == 0) {
            return date.toString();
        }
        return LocalDateTime.of(date, LocalTime.ofSecondOfDay(seconds)).format(DATE_TIME);
    }
}
