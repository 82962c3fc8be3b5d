package org.gongkai.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.api.privacy.PersonalNumbers.Found;
import org.gongkai.api.privacy.PersonalNumbers.Kind;
import org.junit.jupiter.api.Test;

/** The ways people really write ID, mobile and card numbers, and the ordinary text that is none of them. */
class PersonalNumbersTest {

    static final String ID = "23020219800108123X";

    @Test
    void anIdWrittenInGroupsWithSpacesHyphensDotsOrSlashesIsOneIdNumber() {
        for (String written : List.of("230202 19800108 123X", "2302-0219-8001-0812-3X", "230202.19800108.123x",
                "230202/19800108/123X", "2302 0219 8001 0812 3X", "230202 - 19800108 - 123X", "230202\u3000198001081 23X",
                "２３０２０２１９８００１０８１２３Ｘ", "230202\u200B19800108\u200D123X", "230202\u00AD19800108123X",
                "230202—19800108—123X", "230202·19800108·123X")) {
            assertThat(PersonalNumbers.find("身份证：" + written + "。")).as(written).singleElement()
                    .extracting(Found::kind).isEqualTo(Kind.ID_NUMBER);
            assertThat(PersonalNumbers.canonical(PersonalNumbers.mask(written))).as(written).isEqualTo("2302**********123X");
        }
    }

    @Test
    void anIdWithAWrongCheckDigitAndAnOldFifteenDigitIdAreFoundToo() {
        assertThat(kinds("证件号 230202198001081231")).containsExactly(Kind.ID_NUMBER);
        assertThat(kinds("旧证 230202 800108 123")).containsExactly(Kind.ID_NUMBER);
        assertThat(PersonalNumbers.mask("230202800108123")).isEqualTo("2302********123");
    }

    @Test
    void mobilesWithOrWithoutTheCountryPrefixAreFoundAndKeepThreeAndFour() {
        assertThat(PersonalNumbers.mask("电话 +86 138 0013 8000")).isEqualTo("电话 +86 138 **** 8000");
        assertThat(PersonalNumbers.mask("0086-13800138000")).isEqualTo("0086-138****8000");
        assertThat(PersonalNumbers.mask("１３８．００１３．８０００")).isEqualTo("１３８．****．８０００");
        assertThat(kinds("2026-01-30 13800138000")).containsExactly(Kind.MOBILE);
    }

    @Test
    void bankCardsAreFoundAndKeepTheirLastFour() {
        assertThat(kinds("卡号 6222 1380 0138 0001")).containsExactly(Kind.BANK_CARD);
        assertThat(PersonalNumbers.mask("账号6222021380013800012")).isEqualTo("账号***************0012");
        assertThat(kinds("卡号 6217 138 0013 8000 12")).as("one card, not a card with a mobile inside")
                .containsExactly(Kind.BANK_CARD);
    }

    @Test
    void twoNumbersSideBySideStayTwo() {
        assertThat(kinds(ID + " 13800138000")).containsExactly(Kind.ID_NUMBER, Kind.MOBILE);
        assertThat(kinds("13800138000 13900139000")).containsExactly(Kind.MOBILE, Kind.MOBILE);
    }

    @Test
    void datesAmountsDocumentNumbersLandlinesAndExtensionsAreNotNumbersOfPeople() {
        for (String text : List.of("公示期为2026年2月12日至2026年3月3日", "2026-02-12 至 2026-03-03", "2026/02/12 09:30",
                "补偿金额 1,380,013.80 元，面积 12.5 公顷", "龙政发〔2026〕12号", "（2026）黑齐龙证字第1268号",
                "电话 0452-2712345", "电话 0452-2712345-8012", "0452-2712345 转 8012", "共38户127人，资金63000.00元",
                "流水号9" + ID, "编号 " + ID + "77", "sha256:a3f2230202198001081238c9", "文件 abc13800138000.pdf")) {
            assertThat(PersonalNumbers.find(text)).as(text).isEmpty();
        }
    }

    @Test
    void theFoundSpanIsInTheTextAsGiven() {
        String text = "电话：１３８ ００１３ ８０００。";
        Found found = PersonalNumbers.find(text).get(0);
        assertThat(text.substring(found.start(), found.end())).isEqualTo("１３８ ００１３ ８０００");
    }

    private static List<Kind> kinds(String text) {
        return PersonalNumbers.find(text).stream().map(Found::kind).toList();
    }
}
