package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyScannerTest {

    // fictional numbers under the demo district 230202, with valid check digits
    private static final String ID = "230202198503121238";
    private static final String ID_X = "23020219620708201X";
    private static final String OLD_ID = "230202850312123";
    private static final String MOBILE = "13800138000";

    @Test
    void unmaskedIdNumberIsFoundAndMaskedInTheExcerpt() {
        List<PrivacyHit> hits = scan("rows[0].remark", "户主张三，身份证号" + ID + "，已核实");

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.path()).isEqualTo("rows[0].remark");
            assertThat(hit.kind()).isEqualTo(PrivacyHit.ID_NUMBER);
            assertThat(hit.excerpt()).contains("2302**********1238").doesNotContain(ID);
            assertThat(hit.reason()).isEqualTo("未脱敏的身份证号");
        });
    }

    @Test
    void idNumberEndingInUpperOrLowerXIsFound() {
        assertThat(scan("a", "证件：" + ID_X)).extracting(PrivacyHit::kind).containsExactly(PrivacyHit.ID_NUMBER);
        assertThat(scan("a", "证件：" + ID_X.toLowerCase())).extracting(PrivacyHit::kind)
                .containsExactly(PrivacyHit.ID_NUMBER);
    }

    @Test
    void fifteenDigitOldIdNumberIsFound() {
        List<PrivacyHit> hits = scan("a", "旧身份证" + OLD_ID + "。");

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(PrivacyHit.ID_NUMBER);
            assertThat(hit.excerpt()).contains("2302********123").doesNotContain(OLD_ID);
        });
    }

    @Test
    void maskedIdAndMobileAreNotHits() {
        assertThat(scan("a", "李*明 2302**********123X 180****1999 230202********1238")).isEmpty();
    }

    @Test
    void plainMobileIsFoundAndMasked() {
        List<PrivacyHit> hits = scan("contact", "联系电话：" + MOBILE);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(PrivacyHit.MOBILE);
            assertThat(hit.excerpt()).isEqualTo("联系电话：138****8000").doesNotContain(MOBILE);
            assertThat(hit.reason()).isEqualTo("未脱敏的手机号码");
        });
    }

    @Test
    void mobileWrittenWithDashesOrSpacesIsFound() {
        assertThat(scan("a", "电话 138-0013-8000")).singleElement()
                .satisfies(hit -> assertThat(hit.excerpt()).contains("138-****-8000"));
        assertThat(scan("a", "电话 138 0013 8000 请联系")).singleElement()
                .satisfies(hit -> assertThat(hit.excerpt()).contains("138 **** 8000"));
    }

    @Test
    void mobileWithCountryCodeIsFound() {
        assertThat(scan("a", "+8613800138000")).extracting(PrivacyHit::kind).containsExactly(PrivacyHit.MOBILE);
        assertThat(scan("a", "电话：+86 138 0013 8000")).singleElement()
                .satisfies(hit -> assertThat(hit.excerpt()).contains("+86 138 **** 8000"));
        assertThat(scan("a", "+86-13800138000")).hasSize(1);
        assertThat(scan("a", "008613800138000")).hasSize(1);
    }

    @Test
    void fullWidthDigitsAreNormalisedBeforeScanning() {
        List<PrivacyHit> hits = scan("a", "身份证２３０２０２１９６２０７０８２０１Ｘ，电话１３８００１３８０００");

        assertThat(hits).extracting(PrivacyHit::kind).containsExactly(PrivacyHit.ID_NUMBER, PrivacyHit.MOBILE);
        assertThat(hits.get(1).excerpt()).doesNotContain("13800138000").doesNotContain("１３８００１３８０００");
    }

    @Test
    void fullWidthSeparatorsAndPlusAreNormalised() {
        assertThat(scan("a", "＋８６　１３８－００１３－８０００")).extracting(PrivacyHit::kind)
                .containsExactly(PrivacyHit.MOBILE);
    }

    @Test
    void numbersInsideHtmlAreFoundAndTheExcerptHasNoTags() {
        List<PrivacyHit> hits = scan("body", "<table><tr><td>张三</td><td>" + ID + "</td><td>" + MOBILE
                + "</td></tr></table>");

        assertThat(hits).extracting(PrivacyHit::path).containsOnly("body");
        assertThat(hits).extracting(PrivacyHit::kind).containsExactly(PrivacyHit.ID_NUMBER, PrivacyHit.MOBILE);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.excerpt()).doesNotContain("<", ">", ID, MOBILE));
    }

    @Test
    void mobileSplitByInlineTagsIsStillFound() {
        assertThat(scan("body", "<p>电话 138<b>0013</b>8000</p>")).extracting(PrivacyHit::kind)
                .containsExactly(PrivacyHit.MOBILE);
        assertThat(scan("body", "<p>电话 1380<span>0138</span>000</p>")).extracting(PrivacyHit::kind)
                .containsExactly(PrivacyHit.MOBILE);
    }

    @Test
    void numberInALinkOrCommentIsPublishedTooAndIsFound() {
        assertThat(scan("body", "<a href=\"tel:" + MOBILE + "\">联系我们</a>")).hasSize(1);
        assertThat(scan("body", "<p>名单</p><!-- " + ID + " -->")).hasSize(1);
    }

    @Test
    void numberWrittenWithHtmlEntitiesIsFound() {
        assertThat(scan("body", "138&nbsp;0013&nbsp;8000")).hasSize(1);
        assertThat(scan("body", "&#49;3800138000")).hasSize(1);
    }

    @Test
    void aBankAccountContainingAMobileLikeRunIsReportedAsABankCardNotAMobile() {
        assertThat(scan("a", "开户账号6222021380013800012，开户行某某银行")).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(PrivacyHit.BANK_CARD);
            assertThat(hit.reason()).isEqualTo("未脱敏的银行卡号");
            assertThat(hit.excerpt()).contains("***************0012");
        });
        assertThat(scan("a", "账号 62220213800138000")).extracting(PrivacyHit::kind).containsExactly(PrivacyHit.BANK_CARD);
    }

    @Test
    void digitRunLongerThanAnIdNumberIsNotReported() {
        assertThat(scan("a", "流水号" + ID + "77")).isEmpty();
        assertThat(scan("a", "流水号9" + ID)).isEmpty();
    }

    @Test
    void groupedBankCardIsReportedAsABankCardNotAMobile() {
        assertThat(scan("a", "卡号 6222 1380 0138 0001")).extracting(PrivacyHit::kind).containsExactly(PrivacyHit.BANK_CARD);
        assertThat(scan("a", "卡号 6217 138 0013 8000 12")).extracting(PrivacyHit::kind)
                .containsExactly(PrivacyHit.BANK_CARD);
    }

    @Test
    void anIdNumberWrittenInGroupsWithSpacesOrHyphensIsFound() {
        // the two variants that were published in clear before: separators between the digit groups
        assertThat(scan("title", "户主李四 230202 19850312 1238")).extracting(PrivacyHit::kind)
                .containsExactly(PrivacyHit.ID_NUMBER);
        assertThat(scan("title", "户主李四 2302-0219-6207-0820-1X")).singleElement()
                .satisfies(hit -> assertThat(hit.excerpt()).contains("2302-****-****-**20-1X"));
        assertThat(scan("body", "<p>身份证 230202&nbsp;19620708&nbsp;201x</p>")).hasSize(1);
    }

    @Test
    void shortNumbersAndAmountsAreNotReported() {
        assertThat(scan("a", "补偿金额 1380013.80 元，面积 12.5 公顷，文号 龙政发〔2026〕12号，电话 0452-2345678")).isEmpty();
    }

    @Test
    void adjacentTableCellsStaySeparateNumbers() {
        assertThat(scan("body", "<tr><td>" + ID + "</td><td>" + ID_X + "</td></tr>")).hasSize(2);
    }

    @Test
    void excerptOfOneHitDoesNotLeakANeighbouringNumber() {
        List<PrivacyHit> hits = scan("a", ID + " " + MOBILE);

        assertThat(hits).hasSize(2)
                .allSatisfy(hit -> assertThat(hit.excerpt()).doesNotContain(ID).doesNotContain(MOBILE));
    }

    @Test
    void longTextIsCutAroundTheHit() {
        String text = "这是一段很长的公告正文，其中包含一位村民的联系方式" + MOBILE + "，请相关人员及时与其联系并核实情况。";

        String excerpt = scan("a", text).get(0).excerpt();

        assertThat(excerpt).startsWith("…").endsWith("…").contains("138****8000");
        assertThat(excerpt.length()).isLessThan(text.length());
    }

    @Test
    void hitsAreOrderedByPathWithNumericIndexesThenByPosition() {
        Map<String, String> fields = new HashMap<>();
        fields.put("rows[10].phone", MOBILE);
        fields.put("rows[2].idNumber", ID);
        fields.put("rows[2].remark", "电话 " + MOBILE + " 身份证 " + ID_X);
        fields.put("body", "无");
        fields.put("attachments[0].title", null);

        List<PrivacyHit> hits = PrivacyScanner.scan(fields);

        assertThat(hits).extracting(PrivacyHit::path, PrivacyHit::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rows[2].idNumber", PrivacyHit.ID_NUMBER),
                org.assertj.core.groups.Tuple.tuple("rows[2].remark", PrivacyHit.MOBILE),
                org.assertj.core.groups.Tuple.tuple("rows[2].remark", PrivacyHit.ID_NUMBER),
                org.assertj.core.groups.Tuple.tuple("rows[10].phone", PrivacyHit.MOBILE));
    }

    @Test
    void cleanFieldsGiveNoHits() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "龙沙区2026年受灾人员冬春生活救助对象名单公示");
        fields.put("body", "<p>公示期为2026年2月12日至2026年3月3日，联系电话：0452-2712345。</p>");
        assertThat(PrivacyScanner.scan(fields)).isEmpty();
    }

    private static List<PrivacyHit> scan(String path, String value) {
        return PrivacyScanner.scan(Map.of(path, value));
    }
}
