package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.privacy.ColumnKind;
import org.junit.jupiter.api.Test;

class FormulaCellsTest {

    @Test
    void textThatASpreadsheetWouldRunGetsALeadingApostrophe() {
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "+1")).isEqualTo("'+1");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "-cmd")).isEqualTo("'-cmd");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "\rcmd")).isEqualTo("'\rcmd");
        assertThat(FormulaCells.neutral(ColumnKind.NAME, "=王大山")).isEqualTo("'=王大山");
    }

    @Test
    void aTriggerBehindLeadingBlanksIsNeutralizedToo() {
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "  =1+1")).isEqualTo("'  =1+1");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "\u3000@SUM(A1)")).isEqualTo("'\u3000@SUM(A1)");
    }

    @Test
    void aPlainNegativeNumberInANumericColumnStaysANumber() {
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "-12.5")).isEqualTo("-12.5");
        assertThat(FormulaCells.neutral(ColumnKind.INTEGER, "-3")).isEqualTo("-3");
    }

    @Test
    void aNumericColumnKeepsOnlyPlainNumbersUnmarked() {
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "-1+2")).isEqualTo("'-1+2");
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "-2E5")).isEqualTo("'-2E5");
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "-12.5 ")).isEqualTo("'-12.5 ");
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "-１２")).isEqualTo("'-１２");
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "+12.5")).isEqualTo("'+12.5");
        assertThat(FormulaCells.neutral(ColumnKind.INTEGER, "=3")).isEqualTo("'=3");
    }

    @Test
    void theSameNegativeNumberInAFreeTextColumnIsMarkedAsText() {
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "-12.5")).isEqualTo("'-12.5");
    }

    @Test
    void ordinaryValuesAreWrittenAsTheyAre() {
        assertThat(FormulaCells.neutral(ColumnKind.ID_NUMBER, "2302**********123X")).isEqualTo("2302**********123X");
        assertThat(FormulaCells.neutral(ColumnKind.NAME, "王*山")).isEqualTo("王*山");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "已签协议=同意")).isEqualTo("已签协议=同意");
        assertThat(FormulaCells.neutral(ColumnKind.DECIMAL, "63000.00")).isEqualTo("63000.00");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "'已有撇号")).isEqualTo("'已有撇号");
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, "")).isEmpty();
        assertThat(FormulaCells.neutral(ColumnKind.TEXT, null)).isEmpty();
    }
}
