package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.roster.Rosters.ID_1;
import static org.gongkai.core.roster.Rosters.ID_2;
import static org.gongkai.core.roster.Rosters.ID_3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RosterParserCsvTest {

    private static final List<Map<String, String>> EXPECTED = List.of(
            Map.of("householder", "张三", "idNumber", ID_1, "landClass", "水田", "area", "1.50",
                    "amount", "12000.00", "phone", "13800000001", "paidOn", "2026-01-15"),
            Map.of("householder", "李四", "idNumber", ID_2, "landClass", "旱地", "area", "2.25",
                    "amount", "9000", "phone", "", "paidOn", "2026-01-05"),
            Map.of("householder", "王小明", "idNumber", ID_3, "landClass", "林地", "area", "0.8",
                    "amount", "3200.5", "phone", "0452-2412345", "paidOn", ""));

    @Test
    void utf8WithoutBomParses() {
        assertParsesTheThreeRows(Rosters.threeGoodRows().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8WithBomParses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(Rosters.threeGoodRows().getBytes(StandardCharsets.UTF_8));
        assertParsesTheThreeRows(out.toByteArray());
    }

    @Test
    void gbkFromExcelParses() {
        assertParsesTheThreeRows(Rosters.threeGoodRows().getBytes(Charset.forName("GBK")));
    }

    @Test
    void gb18030Parses() {
        assertParsesTheThreeRows(Rosters.threeGoodRows().getBytes(Charset.forName("GB18030")));
    }

    @Test
    void gb18030FourByteCharacterInANameSurvives() {
        String csv = Rosters.HEADER + "\n𠮷小明," + ID_1 + ",水田,1,100,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(Charset.forName("GB18030")), "roster.csv");
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.rows().get(0).values()).containsEntry("householder", "𠮷小明");
    }

    @Test
    void excelUnicodeTextTabSeparatedParses() {
        String tsv = Rosters.threeGoodRows().replace(',', '\t');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(tsv.getBytes(StandardCharsets.UTF_16LE));
        assertParsesTheThreeRows(out.toByteArray());
    }

    @Test
    void formatIsChosenByContentNotByName() {
        assertParsesTheThreeRows(Rosters.threeGoodRows().getBytes(StandardCharsets.UTF_8), "名单.txt");
    }

    @Test
    void headersMatchDespiteSpacesAndHalfWidthBrackets() {
        String csv = " 户主姓名 ,身份证号,地类,面积(亩),补偿金额 (元),联系电话,发放日期\n"
                + "张三," + ID_1 + ",水田,1,100,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().rowsValid()).isEqualTo(1);
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() {
        String csv = "补偿金额（元）,面积（亩）,地类,身份证号,户主姓名\n"
                + "100,1,水田," + ID_1 + ",张三\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.rows().get(0).values())
                .containsEntry("householder", "张三").containsEntry("amount", "100").containsEntry("phone", "");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayTrue() {
        String csv = Rosters.HEADER + "\n\n张三," + ID_1 + ",水田,1,100,,\n,,,,,,\n李四," + ID_2 + ",旱地,1,abc,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().rowsValid()).isEqualTo(1);
        assertThat(result.report().problems()).containsExactly(new RowProblem(5, "补偿金额（元）", "应为数字"));
        assertThat(result.report().rowsRead()).isEqualTo(2);
    }

    @Test
    void quotedCellWithLineBreakKeepsLaterLineNumbers() {
        String csv = Rosters.HEADER + "\n\"张\n三\"," + ID_1 + ",水田,1,100,,\n李四," + ID_2 + ",旱地,1,-5,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).containsExactly(new RowProblem(4, "补偿金额（元）", "不能为负数"));
    }

    @Test
    void unclosedQuoteIsReportedNotThrown() {
        String csv = Rosters.HEADER + "\n\"张三," + ID_1 + ",水田,1,100,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("文件无法读取：CSV格式错误"));
    }

    private static void assertParsesTheThreeRows(byte[] bytes) {
        assertParsesTheThreeRows(bytes, "roster.csv");
    }

    private static void assertParsesTheThreeRows(byte[] bytes, String name) {
        Rosters.Result result = Rosters.parse(bytes, name);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().accepted()).isTrue();
        assertThat(result.report().rowsRead()).isEqualTo(3);
        assertThat(result.report().rowsValid()).isEqualTo(3);
        assertThat(result.rows()).extracting(ParsedRow::line).containsExactly(2, 3, 4);
        assertThat(result.rows()).extracting(ParsedRow::values).containsExactlyElementsOf(EXPECTED);
    }
}
