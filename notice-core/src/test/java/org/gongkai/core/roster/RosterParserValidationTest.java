package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.roster.Rosters.ID_1;
import static org.gongkai.core.roster.Rosters.ID_2;
import static org.gongkai.core.roster.Rosters.ID_3;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RosterParserValidationTest {

    @Test
    void everyBadRowIsReportedWithLineAndColumn() {
        String wrongCheck = ID_2.substring(0, 17) + (ID_2.charAt(17) == '1' ? '2' : '1');
        String csv = Rosters.HEADER + "\n"
                + "张三," + ID_1 + ",水田,1.5,12000,,\n"
                + "李四," + wrongCheck + ",旱地,2,9000,,\n"
                + "王五," + ID_3 + ",林地,1.234,3000,,\n"
                + "赵六," + Rosters.id(4) + ",水田,1,800,12345,\n"
                + "钱七," + Rosters.id(5) + ",水田,1,800,,\n";

        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().problems()).containsExactly(
                new RowProblem(3, "身份证号", "身份证号校验位错误，应为" + ID_2.charAt(17)),
                new RowProblem(4, "面积（亩）", "最多保留两位小数"),
                new RowProblem(5, "联系电话", "电话号码格式不正确：应为11位手机号或固定电话（如0452-2412345）"));
        assertThat(result.report().rowsRead()).isEqualTo(5);
        assertThat(result.report().rowsValid()).isEqualTo(2);
        assertThat(result.report().accepted()).isFalse();
        assertThat(result.rows()).as("a refused upload stages nothing").isEmpty();
    }

    @Test
    void severalProblemsInOneRowAreAllListed() {
        String csv = Rosters.HEADER + "\n,123,,abc,1,,2026-02-30\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().problems()).extracting(RowProblem::column)
                .containsExactly("户主姓名", "身份证号", "地类", "面积（亩）", "发放日期");
        assertThat(result.report().problems()).extracting(RowProblem::line).containsOnly(2);
        assertThat(result.report().problems().get(0).reason()).isEqualTo("必填项为空");
        assertThat(result.report().problems().get(1).reason()).isEqualTo("身份证号应为18位");
    }

    @Test
    void batchSinkReceivesEveryValidRowInOrder() {
        StringBuilder csv = new StringBuilder(Rosters.HEADER).append('\n');
        for (int i = 0; i < 1203; i++) {
            csv.append("户主").append(i).append(',').append(Rosters.id(i)).append(",水田,1,100,,\n");
        }
        List<List<ParsedRow>> batches = new ArrayList<>();

        ParseReport report = RosterParser.parse(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv",
                Rosters.COMPENSATION, RosterLimits.DEFAULT, batches::add, Rosters.CLOCK);

        assertThat(report.problems()).isEmpty();
        assertThat(batches).extracting(List::size).containsExactly(500, 500, 203);
        List<ParsedRow> rows = batches.stream().flatMap(List::stream).toList();
        assertThat(rows).hasSize(1203);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1202).line()).isEqualTo(1204);
        assertThat(rows.get(1202).values()).containsEntry("householder", "户主1202");
    }

    @Test
    void duplicateIdIsReportedOnBothLines() {
        String csv = Rosters.HEADER + "\n"
                + "张三," + ID_1 + ",水田,1,100,,\n"
                + "李四," + ID_2 + ",旱地,1,100,,\n"
                + "张三," + ID_1.toLowerCase() + ",林地,1,100,,\n";

        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().problems()).containsExactly(
                new RowProblem(2, "身份证号", "身份证号与第4行重复"),
                new RowProblem(4, "身份证号", "身份证号与第2行重复"));
        assertThat(result.report().rowsValid()).isEqualTo(1);
    }

    @Test
    void rowsBeyondTheLimitAreAProblem() {
        StringBuilder csv = new StringBuilder(Rosters.HEADER).append('\n');
        for (int i = 0; i < 5; i++) {
            csv.append("户主").append(i).append(',').append(Rosters.id(i)).append(",水田,1,100,,\n");
        }
        Rosters.Result result = Rosters.parse(csv.toString().getBytes(StandardCharsets.UTF_8), "roster.csv",
                new RosterLimits(1_000_000, 3, 100));

        assertThat(result.report().rowsRead()).isEqualTo(3);
        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.reason()).contains("超过上限3行");
        });
    }

    @Test
    void fileOverTheByteLimitThrows() {
        byte[] bytes = Rosters.threeGoodRows().getBytes(StandardCharsets.UTF_8);
        RosterLimits limits = new RosterLimits(bytes.length - 1, 100, 100);

        assertThatThrownBy(() -> Rosters.parse(bytes, "roster.csv", limits))
                .isInstanceOf(RosterTooLargeException.class)
                .hasMessageContaining("文件超过大小上限");
        assertThat(Rosters.parse(bytes, "roster.csv", new RosterLimits(bytes.length, 100, 100))
                .report().accepted()).isTrue();
    }

    @Test
    void problemListStopsAtTheLimitAndSaysSo() {
        StringBuilder csv = new StringBuilder(Rosters.HEADER).append('\n');
        for (int i = 0; i < 10; i++) {
            csv.append("户主,123,水田,1,100,,\n");
        }
        Rosters.Result result = Rosters.parse(csv.toString().getBytes(StandardCharsets.UTF_8), "roster.csv",
                new RosterLimits(1_000_000, 100, 4));

        assertThat(result.report().problems()).hasSize(4);
        assertThat(result.report().truncated()).isTrue();
        assertThat(result.report().rowsRead()).isEqualTo(10);
    }

    @Test
    void unknownAndMissingColumnsAreListedOnceOnTheHeaderLine() {
        String csv = "户主姓名,身份证号,地类,备注,补偿金额（元）\n"
                + "张三," + ID_1 + ",水田,无,100\n"
                + "李四," + ID_2 + ",水田,无,100\n";

        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().problems()).containsExactly(
                new RowProblem(1, "备注", "未知列：模板“征地补偿明细”中没有这一列"),
                new RowProblem(1, "面积（亩）", "缺少必填列"));
    }

    @Test
    void wrongTemplateIsNotCheckedRowByRow() {
        String csv = "姓名,年级,班级\n张三,一年级,1班\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().problems()).extracting(RowProblem::line).containsOnly(1);
        assertThat(result.report().rowsRead()).isZero();
        assertThat(result.batches()).isEmpty();
    }

    @Test
    void repeatedHeaderIsReported() {
        String csv = Rosters.HEADER + ",地类\n张三," + ID_1 + ",水田,1,100,,,水田\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).containsExactly(new RowProblem(1, "地类", "表头重复"));
    }

    @Test
    void extraCellsBeyondTheHeaderAreReported() {
        String csv = Rosters.HEADER + "\n张三," + ID_1 + ",水田,1,100,,,齐齐哈尔市,龙沙区\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("第8列没有表头");
        });
    }

    @Test
    void idSavedByExcelInScientificNotationIsExplained() {
        String csv = Rosters.HEADER + "\n张三,2.30202E+17,水田,1,100,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("科学计数法").contains("文本格式"));
    }

    @Test
    void valuesAreNormalised() {
        String fullWidthId = ID_1.chars()
                .mapToObj(c -> String.valueOf(c == 'X' ? 'ｘ' : (char) (c - '0' + '０')))
                .reduce("", String::concat);
        String csv = Rosters.HEADER + "\n 张三\u3000," + fullWidthId + ",水田,\"1,234.50\",\"12,000\",+86 138 0000 0001,2026年1月5日\n";

        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.rows().get(0).values())
                .containsEntry("householder", "张三")
                .containsEntry("idNumber", ID_1)
                .containsEntry("area", "1234.50")
                .containsEntry("amount", "12000")
                .containsEntry("phone", "13800000001")
                .containsEntry("paidOn", "2026-01-05");
    }

    @Test
    void maxLengthCountsCharacters() {
        String csv = Rosters.HEADER + "\n" + "很".repeat(21) + "," + ID_1 + ",水田,1,100,,\n"
                + "很".repeat(20) + "," + ID_2 + ",水田,1,100,,\n";
        Rosters.Result result = Rosters.parse(csv.getBytes(StandardCharsets.UTF_8), "roster.csv");
        assertThat(result.report().problems()).containsExactly(new RowProblem(2, "户主姓名", "长度超过20个字符"));
    }

    @Test
    void emptyFileGivesASingleFileProblem() {
        Rosters.Result result = Rosters.parse(new byte[0], "roster.csv");
        assertThat(result.report().problems()).containsExactly(RowProblem.ofFile("文件无法读取：文件为空"));
    }

    @Test
    void headerWithoutRowsIsRefused() {
        Rosters.Result result = Rosters.parse((Rosters.HEADER + "\n").getBytes(StandardCharsets.UTF_8), "r.csv");
        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("没有数据行"));
    }

    @Test
    void binaryFileIsNotReadAsCsv() {
        byte[] pdfLike = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3};
        Rosters.Result result = Rosters.parse(pdfLike, "roster.csv");
        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.reason()).startsWith("文件无法读取：");
        });
    }
}
