package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void checkDigitFollowsGb11643Example() {
        // the worked example printed in GB 11643-1999
        assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.problem("11010519491231002X", TODAY)).isEmpty();
    }

    @Test
    void generatedIdsAreValid() {
        String id = IdNumbers.withCheckDigit("23020219800101001");
        assertThat(id).hasSize(18).startsWith("23020219800101001");
        assertThat(IdNumbers.problem(id, TODAY)).isEmpty();
    }

    @Test
    void lowerCaseXIsAcceptedAndNormalised() {
        assertThat(IdNumbers.problem("11010519491231002x", TODAY)).isEmpty();
        assertThat(IdNumbers.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void wrongLengthIsRefused() {
        assertThat(IdNumbers.problem("2302021980010100", TODAY)).contains("身份证号应为18位");
        assertThat(IdNumbers.problem("2302021980010100123", TODAY)).contains("身份证号应为18位");
        assertThat(IdNumbers.problem("", TODAY)).contains("身份证号为空");
        assertThat(IdNumbers.problem(null, TODAY)).contains("身份证号为空");
    }

    @Test
    void lettersInTheBodyAreRefused() {
        assertThat(IdNumbers.problem("2302021980O101001X", TODAY)).contains("身份证号前17位应为数字");
    }

    @Test
    void lastCharacterMustBeDigitOrX() {
        assertThat(IdNumbers.problem("23020219800101001Y", TODAY)).contains("身份证号末位应为数字或X");
    }

    @Test
    void wrongCheckDigitNamesTheRightOne() {
        String valid = IdNumbers.withCheckDigit("23020219800101001");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(IdNumbers.problem(valid.substring(0, 17) + wrong, TODAY))
                .contains("身份证号校验位错误，应为" + valid.charAt(17));
    }

    @Test
    void impossibleBirthDateIsRefused() {
        assertThat(IdNumbers.problem(IdNumbers.withCheckDigit("23020219810229001"), TODAY))
                .contains("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem(IdNumbers.withCheckDigit("23020219801301001"), TODAY))
                .contains("身份证号中的出生日期无效");
    }

    @Test
    void leapDayBirthIsAccepted() {
        assertThat(IdNumbers.problem(IdNumbers.withCheckDigit("23020219800229001"), TODAY)).isEmpty();
    }

    @Test
    void birthAfterTodayIsRefusedButTodayIsFine() {
        assertThat(IdNumbers.problem(IdNumbers.withCheckDigit("23020220260302001"), TODAY))
                .contains("身份证号中的出生日期晚于今天");
        assertThat(IdNumbers.problem(IdNumbers.withCheckDigit("23020220260301001"), TODAY)).isEmpty();
    }

    @Test
    void birthBefore1900IsRefused() {
        assertThat(IdNumbers.problem(IdNumbers.withCheckDigit("44052418991231001"), TODAY))
                .contains("身份证号中的出生年份早于1900年");
    }

    @Test
    void birthDateIsReadFromPositionsSevenToFourteen() {
        assertThat(IdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThatThrownBy(() -> IdNumbers.birthDate("110105194913310021"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkDigitNeedsSeventeenDigits() {
        assertThatThrownBy(() -> IdNumbers.checkDigit("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumbers.withCheckDigit("2302021980010100A"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
