package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskRuleTest {

    @Test
    void showKeepsTheValue() {
        assertThat(MaskRule.SHOW.apply("李小明")).isEqualTo("李小明");
    }

    @Test
    void nameKeepsFirstAndLastCharacter() {
        assertThat(MaskRule.NAME_STAR_SECOND.apply("李小明")).isEqualTo("李*明");
        assertThat(MaskRule.NAME_STAR_SECOND.apply("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(MaskRule.NAME_STAR_SECOND.apply("王五")).isEqualTo("王*");
        assertThat(MaskRule.NAME_STAR_SECOND.apply("王")).isEqualTo("*");
    }

    @Test
    void nameMaskCountsCharactersOutsideTheBasicPlane() {
        assertThat(MaskRule.NAME_STAR_SECOND.apply("𠮷小明")).isEqualTo("𠮷*明");
    }

    @Test
    void idKeepsFourAndFour() {
        assertThat(MaskRule.ID_KEEP_4_4.apply("23020219800101123X")).isEqualTo("2302**********123X");
    }

    @Test
    void mobileKeepsThreeAndFour() {
        assertThat(MaskRule.MOBILE_3_4.apply("18012341999")).isEqualTo("180****1999");
        assertThat(MaskRule.MOBILE_3_4.apply("+86 180 1234 1999")).isEqualTo("180****1999");
    }

    @Test
    void landlineKeepsOnlyLastFour() {
        assertThat(MaskRule.MOBILE_3_4.apply("0452-2412345")).isEqualTo("*******2345");
    }

    @Test
    void bankAccountKeepsLastFourAndLength() {
        assertThat(MaskRule.BANK_LAST_4.apply("6217000000001234")).isEqualTo("************1234");
        assertThat(MaskRule.BANK_LAST_4.apply("6217 0000 0000 1234")).isEqualTo("************1234");
    }

    @Test
    void addressIsCutAfterTheFirstMarker() {
        assertThat(MaskRule.ADDRESS_TO_VILLAGE.apply("龙沙区大民村三组12号")).isEqualTo("龙沙区大民村***");
        assertThat(MaskRule.ADDRESS_TO_VILLAGE.apply("龙沙区五龙街道铁锋社区3号楼2单元"))
                .isEqualTo("龙沙区五龙街道***");
        assertThat(MaskRule.ADDRESS_TO_VILLAGE.apply("榆树屯镇富强村5号")).isEqualTo("榆树屯镇***");
        assertThat(MaskRule.ADDRESS_TO_VILLAGE.apply("建华路12号")).isEqualTo("***");
    }

    @Test
    void hideRemovesTheValue() {
        assertThat(MaskRule.HIDE.apply("1980-01-01")).isNull();
    }

    @Test
    void blankAndNullStayBlank() {
        for (MaskRule rule : MaskRule.values()) {
            if (rule != MaskRule.HIDE) {
                assertThat(rule.apply(null)).as(rule.name()).isNull();
                assertThat(rule.apply(" ")).as(rule.name()).isBlank();
            }
        }
    }

    @Test
    void shortValuesAreFullyStarred() {
        assertThat(MaskRule.ID_KEEP_4_4.apply("1234567")).isEqualTo("*******");
        assertThat(MaskRule.BANK_LAST_4.apply("123")).isEqualTo("****");
    }
}
