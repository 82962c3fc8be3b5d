package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class XlsxCellsTest {

    @Test
    void integralNumbersLoseTheirDecimalPoint() {
        assertThat(shown("1.0")).isEqualTo("1");
        assertThat(shown("9000")).isEqualTo("9000");
        assertThat(XlsxCells.number("9000", new BigDecimal("9000"), 0, "General", false)).isEqualTo("9000");
    }

    @Test
    void longDigitStringsWrittenInFullStayDigits() {
        assertThat(shown("230202198001010011")).isEqualTo("230202198001010011");
        assertThat(shown("6217000000001234567")).isEqualTo("6217000000001234567");
    }

    @Test
    void floatingPointNoiseIsRoundedAsExcelShowsIt() {
        assertThat(shown("0.30000000000000004")).isEqualTo("0.3");
        assertThat(XlsxCells.number("1200.5", new BigDecimal("1200.5"), 2, "0.00", false)).isEqualTo("1200.5");
    }

    @Test
    void longIntegersWhoseLastDigitsAreNotDataAreShownInExponentForm() {
        // as Excel stores a typed 18-digit ID: 15 significant digits
        assertThat(shown("2.30202199001011E+17")).isEqualTo("2.30202199001011E+17");
        // as WPS may store it: the same, padded with zeros
        assertThat(shown("230202199001011000")).isEqualTo("2.30202199001011E+17");
        // a double written with all its binary digits
        assertThat(shown("2.30202199001011008E17")).isEqualTo("2.30202199001011E+17");
    }

    @Test
    void dateFormatsGiveIsoDates() {
        assertThat(date("46037", 14, null, false)).isEqualTo("2026-01-15");
        assertThat(date("46037", 176, "yyyy\"年\"m\"月\"d\"日\"", false)).isEqualTo("2026-01-15");
        assertThat(date("46037.5", 22, null, false)).isEqualTo("2026-01-15 12:00:00");
        assertThat(date("44575", 14, null, true)).isEqualTo("2026-01-15");
        assertThat(date("1", 14, null, false)).isEqualTo("1900-01-01");
        assertThat(date("61", 14, null, false)).isEqualTo("1900-03-01");
    }

    @Test
    void chineseBuiltInDateFormatsAreDates() {
        assertThat(XlsxCells.isDateFormat(31, null)).isTrue();
        assertThat(XlsxCells.isDateFormat(57, null)).isTrue();
        assertThat(XlsxCells.isDateFormat(2, "0.00")).isFalse();
        assertThat(XlsxCells.isDateFormat(180, "#,##0.00\"元\"")).isFalse();
        assertThat(XlsxCells.isDateFormat(181, "[$-F800]dddd, mmmm dd, yyyy")).isTrue();
        assertThat(XlsxCells.isDateFormat(49, "@")).isFalse();
    }

    private static String shown(String raw) {
        return XlsxCells.number(raw, new BigDecimal(raw), null, null, false);
    }

    private static String date(String raw, int formatId, String format, boolean date1904) {
        return XlsxCells.number(raw, new BigDecimal(raw), formatId, format, date1904);
    }
}
